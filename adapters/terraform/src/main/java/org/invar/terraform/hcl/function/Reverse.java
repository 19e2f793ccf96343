package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code reverse(list)}: the elements of a list, tuple or set in reverse order. */
final class Reverse extends BaseFunction {
    Reverse() {
        super("reverse", Param.any("list"));
    }

    @Override
    public Value apply(List<Value> args) {
        Value v = Values.force(args.get(0));
        if (!(v instanceof Value.Tuple t)) {
            throw new FunctionException(0, "can only reverse list or tuple values, not " + Values.kind(v));
        }
        List<Value> out = new ArrayList<>(t.items());
        Collections.reverse(out);
        return list(out);
    }
}
