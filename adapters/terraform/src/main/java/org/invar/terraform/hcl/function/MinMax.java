package org.invar.terraform.hcl.function;

import java.math.BigDecimal;
import java.util.List;
import org.invar.terraform.hcl.value.Value;

/** {@code min(number, ...)} and {@code max(number, ...)}. */
final class MinMax extends BaseFunction {
    private final boolean max;

    private MinMax(boolean max) {
        super(max ? "max" : "min", (max ? "max" : "min") + "(number, number, ...)", 1, MANY);
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
        BigDecimal best = null;
        for (int i = 0; i < args.size(); i++) {
            BigDecimal n = number(args.get(i), "argument " + (i + 1));
            if (best == null || (max ? n.compareTo(best) > 0 : n.compareTo(best) < 0)) {
                best = n;
            }
        }
        return new Value.Num(best);
    }
}
