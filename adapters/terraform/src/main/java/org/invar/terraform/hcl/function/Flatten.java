package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * {@code flatten(list)}: the elements of nested lists, sets and tuples, in order, as one list.
 * A nested collection not known makes the result unknown, since how many elements it adds is not.
 */
final class Flatten extends BaseFunction {
    Flatten() {
        super("flatten", Param.any("list"));
    }

    @Override
    public Value apply(List<Value> args) {
        Value v = Values.force(args.get(0));
        if (!(v instanceof Value.Tuple)) {
            throw new FunctionException(0, "can only flatten lists, sets and tuples");
        }
        List<Value> out = new ArrayList<>();
        List<Value> unknown = new ArrayList<>();
        flatten(v, out, unknown);
        return unknown.isEmpty() ? list(out) : Values.unknown(unknown);
    }

    private static void flatten(Value v, List<Value> out, List<Value> unknown) {
        for (Value item : ((Value.Tuple) v).items()) {
            Value f = Values.force(item);
            if (f instanceof Value.Tuple) {
                flatten(f, out, unknown);
            } else if (f instanceof Value.Unknown || f instanceof Value.OpenList) {
                unknown.add(f); // it may be a list
            } else {
                out.add(item);
            }
        }
    }
}
