package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code join(separator, list)}: the strings of the list with the separator between them. */
final class Join extends BaseFunction {
    Join() {
        super("join", "join(separator, list)", 2, 2);
    }

    @Override
    public Value apply(List<Value> args) {
        String sep = string(args.get(0), "the separator");
        List<Value> items = list(args.get(1), "the second argument");
        if (items.stream().anyMatch(Value::hasUnknown)) {
            return Values.unknown(items.stream().filter(Value::hasUnknown).toList());
        }
        List<String> parts = new ArrayList<>();
        items.forEach(i -> parts.add(string(i, "an element")));
        return new Value.Str(String.join(sep, parts));
    }
}
