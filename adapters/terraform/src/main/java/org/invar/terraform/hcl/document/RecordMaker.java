package org.invar.terraform.hcl.document;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.terraform.config.Expression;
import org.invar.terraform.hcl.module.ResourceInstance;
import org.invar.terraform.json.Json;
import org.invar.terraform.mapping.ManagedByReference;
import org.invar.terraform.mapping.ProviderDefaults;
import org.invar.terraform.mapping.ResourceMapper;
import org.invar.terraform.read.ResourceRecord;

/**
 * A resource instance of an evaluated configuration as the record a plan would have of it: the
 * attributes its mapping reads, evaluated; those the configuration leaves to the provider
 * unknown (see {@link ComputedAttributes}) or given the provider's default ({@link ProviderDefaults}); all of a data source's unset attributes unknown,
 * since only AWS knows them. The action is {@code create} ({@code read} for data sources), as
 * in a plan against no state.
 */
final class RecordMaker {
    private RecordMaker() {
    }

    record Made(ResourceRecord record, Expression.Block references) {
    }

    static Made make(ResourceInstance inst, ResourceMapper mapper) {
        Set<String> names = new LinkedHashSet<>(mapper.attributes());
        names.addAll(mapper.lookupKeys());
        names.add("id");
        names.add("arn");
        boolean data = inst.declaration().data();
        String type = inst.declaration().type();
        if (data && inst.sets(ManagedByReference.FILTER)) {
            names.add(ManagedByReference.FILTER); // what it selects by may name a managed resource
        }
        Map<String, Json> values = new LinkedHashMap<>();
        Map<String, Json> masks = new LinkedHashMap<>();
        Map<String, Expression> references = new LinkedHashMap<>();
        for (String name : names) {
            boolean set = inst.sets(name);
            if (!set && !data && !ComputedAttributes.computed(type, name)) {
                continue; // left to the provider's default, which the mapping knows
            }
            ValueJson v = ValueJson.of(inst.attribute(name)); // unset: unknown, from this instance
            if (!v.value().isNull()) {
                values.put(name, v.value());
            }
            if (v.mask() != null) {
                masks.put(name, v.mask());
            }
            references.put(name, mapper.namingAttributes().contains(name) && v.mask() != null
                    ? withNamed(v.references(), inst, name) : v.references());
        }
        ResourceRecord record = new ResourceRecord(inst.address(), inst.module(), data, type,
                inst.declaration().name(), inst.key(), new Json.Obj(ProviderDefaults.apply(type, values, masks)), new Json.Obj(masks),
                data ? "read" : "create", inst.declaration().pos().line(), inst.declaration().pos().column());
        return new Made(record, new Expression.Block(references));
    }

    /** An unknown value's references, with the resources its expression names (see {@link ResourceMapper#namingAttributes}). */
    private static Expression withNamed(Expression references, ResourceInstance inst, String name) {
        if (!(references instanceof Expression.Leaf leaf)) {
            return references;
        }
        Set<String> all = new LinkedHashSet<>(leaf.references());
        inst.declaration().body().attribute(name).ifPresent(a -> all.addAll(NamedResources.in(a.value(), inst.module())));
        return new Expression.Leaf(List.copyOf(all), leaf.constant());
    }
}
