package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.value.Type;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code compact(list)}: the strings without the nulls and empty ones; with an unknown, which remain is not known. */
final class Compact extends BaseFunction {
    Compact() {
        super("compact", Param.of("list", new Type.ListOf(Type.Primitive.STRING)));
    }

    @Override
    public Value apply(List<Value> args) {
        Value unknown = unknownIn(args.get(0));
        if (unknown != null) {
            return ((Value.Unknown) unknown).uncertain("which elements compact() keeps is not known: "
                    + ((Value.Unknown) unknown).reason());
        }
        List<Value> out = new ArrayList<>();
        for (Value v : items(args.get(0))) {
            if (!(Values.force(v) instanceof Value.Null) && !text(v).isEmpty()) {
                out.add(v);
            }
        }
        return list(out);
    }
}
