package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;

/** {@code abs(num)}: the number without its sign. */
final class Abs extends BaseFunction {
    Abs() {
        super("abs", Param.number("num"));
    }

    @Override
    public Value apply(List<Value> args) {
        return new Value.Num(num(args.get(0)).abs());
    }
}
