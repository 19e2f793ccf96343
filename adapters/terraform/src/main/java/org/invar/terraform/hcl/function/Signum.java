package org.invar.terraform.hcl.function;

import java.math.BigDecimal;
import java.util.List;
import org.invar.terraform.hcl.value.Value;

/** {@code signum(num)}: -1, 0 or 1 of a whole number. */
final class Signum extends BaseFunction {
    Signum() {
        super("signum", Param.number("num"));
    }

    @Override
    public Value apply(List<Value> args) {
        // go-cty reads the number as a whole one first
        BigDecimal n = num(args.get(0));
        try {
            n.longValueExact();
        } catch (ArithmeticException e) {
            throw new FunctionException(0, "value must be a whole number, between -9223372036854775808 and"
                    + " 9223372036854775807");
        }
        return Value.Num.of(n.signum());
    }
}
