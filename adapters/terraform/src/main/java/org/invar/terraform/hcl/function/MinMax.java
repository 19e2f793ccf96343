package org.invar.terraform.hcl.function;

import java.math.BigDecimal;
import java.util.List;
import org.invar.terraform.hcl.value.Value;

/** {@code min(numbers...)} and {@code max(numbers...)}: at least one number. */
final class MinMax extends BaseFunction {
    private final boolean max;

    private MinMax(boolean max) {
        super(max ? "max" : "min", List.of(), Param.number("numbers"));
        this.max = max;
    }

    static MinMax min() {
        return new MinMax(false);
    }

    static MinMax max() {
        return new MinMax(true);
    }

    @Override
    public Value apply(List<Value> args) {
        if (args.isEmpty()) {
            throw new FunctionException("must provide at least one number");
        }
        BigDecimal best = null;
        for (Value arg : args) {
            BigDecimal n = num(arg);
            if (best == null || (max ? n.compareTo(best) > 0 : n.compareTo(best) < 0)) {
                best = n;
            }
        }
        return new Value.Num(best);
    }
}
