package org.invar.terraform.hcl.function;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.value.Numbers;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code range(end)}, {@code range(start, end)}, {@code range(start, end, step)}: numbers from
 * start (0) towards end (excluded), by step (1, or -1 when end is below start); at most 1024.
 */
final class Range extends BaseFunction {
    private static final int LIMIT = 1024;

    Range() {
        super("range", List.of(), Param.number("params"));
    }

    @Override
    public int minArgs() {
        return 1;
    }

    @Override
    public int maxArgs() {
        return 3;
    }

    @Override
    public Value apply(List<Value> args) {
        BigDecimal start = args.size() == 1 ? BigDecimal.ZERO : num(args.get(0));
        BigDecimal end = args.size() == 1 ? num(args.get(0)) : num(args.get(1));
        BigDecimal step = args.size() == 3 ? num(args.get(2)) : BigDecimal.valueOf(end.compareTo(start) < 0 ? -1 : 1);
        if (step.signum() == 0) {
            throw new FunctionException(2, "step must not be zero");
        }
        boolean down = step.signum() < 0;
        if (down && end.compareTo(start) > 0) {
            throw new FunctionException(1, "end must be less than start when step is negative");
        }
        if (!down && end.compareTo(start) < 0) {
            throw new FunctionException(1, "end must be greater than start when step is positive");
        }
        List<Value> out = new ArrayList<>();
        for (BigDecimal n = start; down ? n.compareTo(end) > 0 : n.compareTo(end) < 0; n = Numbers.add(n, step)) {
            if (out.size() >= LIMIT) {
                throw new FunctionException("more than 1024 values were generated; either decrease the difference"
                        + " between start and end or use a smaller step");
            }
            out.add(new Value.Num(n));
        }
        return list(out);
    }
}
