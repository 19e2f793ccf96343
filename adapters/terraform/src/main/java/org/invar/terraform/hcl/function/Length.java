package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code length(value)}: the elements of a list, set, tuple, map or object, or the characters of a string. */
final class Length extends BaseFunction {
    Length() {
        super("length", Param.any("value"));
    }

    @Override
    public Value apply(List<Value> args) {
        Value v = Values.force(args.get(0));
        if (v instanceof Value.Str s) {
            return Value.Num.of(Graphemes.of(s.value()).size());
        }
        if (v instanceof Value.Tuple t) {
            return Value.Num.of(t.items().size());
        }
        if (v instanceof Value.Obj o) {
            return Value.Num.of(o.attributes().size());
        }
        throw new FunctionException(0, "argument must be a string, a collection type, or a structural type, not "
                + Values.kind(v));
    }
}
