package org.invar.terraform.hcl.function;

import java.math.BigDecimal;
import java.util.List;
import org.invar.terraform.hcl.value.Convert;
import org.invar.terraform.hcl.value.Numbers;
import org.invar.terraform.hcl.value.Type;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code sum(list)}: the sum of the numbers of a list, set or tuple (strings holding numbers count). */
final class Sum extends BaseFunction {
    Sum() {
        super("sum", Param.any("list"));
    }

    @Override
    public Value apply(List<Value> args) {
        Value v = Values.force(args.get(0));
        if (!(v instanceof Value.Tuple t)) {
            throw new FunctionException(0, v instanceof Value.Obj ? "argument must be list, set, or tuple. Received "
                    + Values.kind(v) : "cannot sum noniterable");
        }
        if (t.items().isEmpty()) {
            throw new FunctionException(0, "cannot sum an empty list");
        }
        Value unknown = unknownIn(v);
        if (unknown != null) {
            return unknown;
        }
        BigDecimal sum = null;
        for (Value item : t.items()) {
            Value c;
            try {
                c = Convert.value(item, Type.Primitive.NUMBER);
            } catch (Convert.Failure f) {
                c = Value.NULL;
            }
            if (!(c instanceof Value.Num num)) {
                throw new FunctionException(0, "argument must be list, set, or tuple of number values");
            }
            BigDecimal n = num.value();
            sum = sum == null ? n : Numbers.add(sum, n);
        }
        return new Value.Num(sum);
    }
}
