package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code one(list)}: null for no element, the element for one; more is an error. */
final class One extends BaseFunction {
    One() {
        super("one", Param.any("list"));
    }

    @Override
    public Value apply(List<Value> args) {
        Value v = Values.force(args.get(0));
        if (v instanceof Value.Tuple t && t.items().size() <= 1) {
            return t.items().isEmpty() ? Value.NULL : t.items().get(0);
        }
        throw new FunctionException(0, "must be a list, set, or tuple value with either zero or one elements");
    }
}
