package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * {@code coalesce(value, ...)}: the first that is neither null nor an empty string. An unknown
 * before it makes the result unknown (it may be the one).
 */
final class Coalesce extends BaseFunction {
    Coalesce() {
        super("coalesce", "coalesce(value, value, ...)", 1, MANY);
    }

    @Override
    public boolean acceptsUnknown() {
        return true;
    }

    @Override
    public Value apply(List<Value> args) {
        List<Value> unknown = new ArrayList<>();
        for (Value arg : args) {
            Value v = Values.force(arg);
            if (v instanceof Value.Unknown || v instanceof Value.OpenList) {
                unknown.add(v);
                continue;
            }
            if (v instanceof Value.Null || v instanceof Value.Str s && s.value().isEmpty()) {
                continue;
            }
            if (!unknown.isEmpty()) {
                unknown.add(v);
                return Values.unknown(unknown);
            }
            return v;
        }
        if (!unknown.isEmpty()) {
            return Values.unknown(unknown);
        }
        throw new FunctionException("every argument is null or an empty string");
    }
}
