package org.invar.terraform.hcl.function;

import java.math.RoundingMode;
import java.util.List;
import org.invar.terraform.hcl.value.Value;

/** {@code ceil(num)} and {@code floor(num)}: the nearest whole number above or below. */
final class Rounding extends BaseFunction {
    private final RoundingMode mode;

    private Rounding(String name, RoundingMode mode) {
        super(name, Param.number("num"));
        this.mode = mode;
    }

    static Rounding ceil() {
        return new Rounding("ceil", RoundingMode.CEILING);
    }

    static Rounding floor() {
        return new Rounding("floor", RoundingMode.FLOOR);
    }

    @Override
    public Value apply(List<Value> args) {
        return new Value.Num(num(args.get(0)).setScale(0, mode));
    }
}
