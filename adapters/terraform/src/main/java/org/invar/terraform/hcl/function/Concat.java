package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code concat(seqs...)}: the elements of lists and tuples (not sets), in order. */
final class Concat extends BaseFunction {
    Concat() {
        super("concat", List.of(), Param.any("seqs"));
    }

    @Override
    public Value apply(List<Value> args) {
        if (args.isEmpty()) {
            throw new FunctionException("at least one argument is required");
        }
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Value v = Values.force(args.get(i));
            if (!(v instanceof Value.Tuple t) || t.set()) {
                throw new FunctionException(i, "all arguments must be lists or tuples; got " + Values.kind(v));
            }
            out.addAll(t.items());
        }
        return list(out);
    }
}
