package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * {@code coalesce(vals...)}: the first that is neither null nor (when they are strings) empty,
 * all converted to the one type they unify to ({@code coalesce(1, "a")} is {@code "1"}). An
 * unknown before it makes the result unknown: it may be the one.
 */
final class Coalesce extends BaseFunction {
    Coalesce() {
        super("coalesce", List.of(), Param.any("vals").orNull().orUnknown());
    }

    @Override
    public Value apply(List<Value> args) {
        List<Value> values = unified(args);
        if (values == null) {
            throw new FunctionException("all arguments must have the same type");
        }
        boolean strings = values.stream().map(Values::force).anyMatch(v -> v instanceof Value.Str);
        for (int i = 0; i < values.size(); i++) {
            Value v = Values.force(values.get(i));
            if (v instanceof Value.Unknown || v instanceof Value.OpenList) {
                return Values.unknown(values.subList(i, values.size()).stream().map(Values::force)
                        .filter(x -> !(x instanceof Value.Null)).toList()).uncertain(
                        "which argument of coalesce() is the first that is set is not known: " + Values.unknown(
                                List.of(v)).reason());
            }
            if (v instanceof Value.Null || strings && v instanceof Value.Str s && s.value().isEmpty()) {
                continue;
            }
            return values.get(i);
        }
        throw new FunctionException("no non-null, non-empty-string arguments");
    }
}
