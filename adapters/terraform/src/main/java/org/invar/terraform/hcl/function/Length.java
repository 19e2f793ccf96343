package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code length(list | map | string)}: elements, or characters of a string. */
final class Length extends BaseFunction {
    Length() {
        super("length", "length(list, map or string)", 1, 1);
    }

    @Override
    public Value apply(List<Value> args) {
        Value v = Values.force(args.get(0));
        if (v instanceof Value.Str s) {
            return Value.Num.of(s.value().codePointCount(0, s.value().length()));
        }
        if (v instanceof Value.Tuple t) {
            return Value.Num.of(t.items().size());
        }
        if (v instanceof Value.Obj o) {
            return Value.Num.of(o.attributes().size());
        }
        throw new FunctionException("the argument must be a list, map or string, not " + Values.kind(v));
    }
}
