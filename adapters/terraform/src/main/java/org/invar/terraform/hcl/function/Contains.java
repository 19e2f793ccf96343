package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code contains(list, value)}: whether the list, set or tuple has the value; unknown when an unknown element may be it. */
final class Contains extends BaseFunction {
    Contains() {
        super("contains", Param.any("list"), Param.any("value"));
    }

    @Override
    public Value apply(List<Value> args) {
        Value list = Values.force(args.get(0));
        if (!(list instanceof Value.Tuple t)) {
            throw new FunctionException(0, "argument must be list, tuple, or set");
        }
        if (t.items().isEmpty()) {
            return new Value.Bool(false);
        }
        Value wanted = Values.force(args.get(1));
        if (wanted.hasUnknown()) {
            return Values.unknown(List.of(wanted));
        }
        boolean unknown = false;
        for (Value item : t.items()) {
            Value v = Values.force(item);
            if (v.hasUnknown()) {
                unknown = true;
            } else if (Values.same(v, wanted) && sameKind(v, wanted)) {
                return new Value.Bool(true);
            }
        }
        return unknown ? Values.unknown(List.of(list)) : new Value.Bool(false);
    }

    /** Terraform compares with types: 1 is not "1". */
    static boolean sameKind(Value a, Value b) {
        return a.getClass() == b.getClass();
    }
}
