package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code coalescelist(vals...)}: the first list or tuple that is not empty. */
final class CoalesceList extends BaseFunction {
    CoalesceList() {
        super("coalescelist", List.of(), Param.any("vals").orNull().orUnknown());
    }

    @Override
    public Value apply(List<Value> args) {
        if (args.isEmpty()) {
            throw new FunctionException("at least one argument is required");
        }
        for (int i = 0; i < args.size(); i++) {
            Value v = Values.force(args.get(i));
            if (v instanceof Value.Unknown || v instanceof Value.OpenList) {
                return Values.unknown(args.subList(i, args.size())).uncertain(
                        "which argument of coalescelist() is the first that is not empty is not known");
            }
            if (!(v instanceof Value.Tuple t && !t.set())) {
                throw new FunctionException(i, "coalescelist arguments must be lists or tuples");
            }
        }
        for (Value arg : args) {
            Value v = Values.force(arg);
            if (v instanceof Value.Tuple t && !t.items().isEmpty()) {
                return v;
            }
        }
        throw new FunctionException("no non-null arguments");
    }
}
