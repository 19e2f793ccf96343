package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;

/** {@code timecmp(timestamp_a, timestamp_b)}: -1, 0 or 1 as a is before, at or after b (offsets taken into account). */
final class TimeCmp extends BaseFunction {
    TimeCmp() {
        super("timecmp", Param.string("timestamp_a"), Param.string("timestamp_b"));
    }

    @Override
    public Value apply(List<Value> args) {
        int c = Timestamps.parse(text(args.get(0)), 0).toInstant().compareTo(Timestamps.parse(text(args.get(1)), 1)
                .toInstant());
        return Value.Num.of(Integer.signum(c));
    }
}
