package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * {@code toset(list)}: the elements without repeats; a set of strings is in lexical order, as
 * Terraform iterates it. With an unknown element, which elements are distinct is not known.
 */
final class ToSet extends BaseFunction {
    ToSet() {
        super("toset", "toset(list)", 1, 1);
    }

    @Override
    public boolean convertsOnly() {
        return true;
    }

    @Override
    public Value apply(List<Value> args) {
        List<Value> items = list(args.get(0), "the argument");
        if (items.stream().anyMatch(Value::hasUnknown)) {
            return Values.unknown(items.stream().filter(Value::hasUnknown).toList());
        }
        List<Value> out = new ArrayList<>();
        for (Value v : items) {
            if (out.stream().noneMatch(o -> Values.same(o, v))) {
                out.add(v);
            }
        }
        if (out.stream().allMatch(v -> v instanceof Value.Str)) {
            out.sort(Comparator.comparing(v -> ((Value.Str) v).value()));
        }
        return new Value.Tuple(out, true);
    }
}
