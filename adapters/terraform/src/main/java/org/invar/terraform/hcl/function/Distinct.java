package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.value.Type;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code distinct(list)}: the elements without repeats, first occurrences kept in order. */
final class Distinct extends BaseFunction {
    Distinct() {
        super("distinct", Param.of("list", new Type.ListOf(Type.ANY)));
    }

    @Override
    public Value apply(List<Value> args) {
        Value unknown = unknownIn(args.get(0));
        if (unknown != null) {
            return unknown;
        }
        List<Value> out = new ArrayList<>();
        for (Value v : items(args.get(0))) {
            if (out.stream().noneMatch(o -> Values.same(o, v))) {
                out.add(v);
            }
        }
        return list(out);
    }
}
