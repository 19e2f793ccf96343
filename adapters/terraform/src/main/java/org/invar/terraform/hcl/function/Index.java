package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code index(list, value)}: the position of the first element equal to the value; an error when none is. */
final class Index extends BaseFunction {
    Index() {
        super("index", Param.any("list"), Param.any("value"));
    }

    @Override
    public Value apply(List<Value> args) {
        Value list = Values.force(args.get(0));
        if (!(list instanceof Value.Tuple t) || t.set()) {
            throw new FunctionException(0, "argument must be a list or tuple");
        }
        if (t.items().isEmpty()) {
            throw new FunctionException(0, "cannot search an empty list");
        }
        Value wanted = Values.force(args.get(1));
        for (int i = 0; i < t.items().size(); i++) {
            Value v = Values.force(t.items().get(i));
            if (v.hasUnknown() || wanted.hasUnknown()) {
                return Values.unknown(List.of(v, wanted));
            }
            if (Contains.sameKind(v, wanted) && Values.same(v, wanted)) {
                return Value.Num.of(i);
            }
        }
        throw new FunctionException("item not found");
    }
}
