package org.invar.terraform.hcl.function;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The functions the evaluator knows, by name. */
public final class Functions {
    private final Map<String, HclFunction> byName = new TreeMap<>();

    private Functions(List<HclFunction> functions) {
        functions.forEach(f -> byName.put(f.name(), f));
    }

    public static Functions standard() {
        return new Functions(List.of(new Length(), new Element(), new Slice(), new Concat(), new CidrSubnet(),
                new Format(), new Lookup(), new Merge(), new ToList(), new ToSet(), new Try(), new Coalesce(),
                new JsonEncode(), MinMax.min(), MinMax.max(), new Join(), ToString.string(), ToString.number()));
    }

    public Optional<HclFunction> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
