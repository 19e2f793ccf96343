package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;

/** {@code tolist(list or set)}: the same elements as a list. */
final class ToList extends BaseFunction {
    ToList() {
        super("tolist", "tolist(list or set)", 1, 1);
    }

    @Override
    public boolean convertsOnly() {
        return true;
    }

    @Override
    public Value apply(List<Value> args) {
        return Value.Tuple.of(list(args.get(0), "the argument"));
    }
}
