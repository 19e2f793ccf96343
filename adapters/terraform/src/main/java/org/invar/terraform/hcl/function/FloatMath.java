package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Numbers;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code log(num, base)} and {@code pow(num, power)}: computed in 64-bit floating point, as
 * Terraform computes them (so {@code pow(2, 100)} is 1267650600228229400000000000000).
 */
final class FloatMath extends BaseFunction {
    private final boolean log;

    private FloatMath(boolean log) {
        super(log ? "log" : "pow", Param.number("num"), Param.number(log ? "base" : "power"));
        this.log = log;
    }

    static FloatMath log() {
        return new FloatMath(true);
    }

    static FloatMath pow() {
        return new FloatMath(false);
    }

    @Override
    public Value apply(List<Value> args) {
        double x = num(args.get(0)).doubleValue();
        double y = num(args.get(1)).doubleValue();
        double r = log ? Math.log(x) / Math.log(y) : Math.pow(x, y);
        if (Double.isNaN(r) || Double.isInfinite(r)) {
            throw new FunctionException((log ? "log" : "pow") + " of these numbers is " + (Double.isNaN(r)
                    ? "not a number" : "infinite") + ", which invar cannot represent");
        }
        return new Value.Num(Numbers.ofDouble(r));
    }
}
