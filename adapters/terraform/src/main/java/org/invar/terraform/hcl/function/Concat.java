package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.value.Value;

/** {@code concat(list, ...)}: the lists one after another. */
final class Concat extends BaseFunction {
    Concat() {
        super("concat", "concat(list, list, ...)", 1, MANY);
    }

    @Override
    public Value apply(List<Value> args) {
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            out.addAll(list(args.get(i), "argument " + (i + 1)));
        }
        return Value.Tuple.of(out);
    }
}
