package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code keys(inputMap)} and {@code values(mapping)}: a map's keys in lexical order, or its values in the order of their keys. */
final class Keys extends BaseFunction {
    private final boolean keys;

    private Keys(boolean keys) {
        super(keys ? "keys" : "values", Param.any(keys ? "inputMap" : "mapping"));
        this.keys = keys;
    }

    static Keys keys() {
        return new Keys(true);
    }

    static Keys values() {
        return new Keys(false);
    }

    @Override
    public Value apply(List<Value> args) {
        Value v = Values.force(args.get(0));
        if (!(v instanceof Value.Obj o)) {
            throw new FunctionException(0, keys ? "must have map or object type"
                    : "values() requires a map as the first argument");
        }
        return keys ? strings(List.copyOf(o.attributes().keySet())) : list(List.copyOf(o.attributes().values()));
    }
}
