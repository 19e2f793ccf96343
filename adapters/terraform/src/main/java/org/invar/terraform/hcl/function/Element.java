package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code element(list, index)}: the index wraps around the list's length, as Terraform's does. */
final class Element extends BaseFunction {
    Element() {
        super("element", "element(list, index)", 2, 2);
    }

    @Override
    public boolean acceptsUnknown() {
        return true; // the element of a list of unknown length is known when the list's elements are
    }

    @Override
    public Value apply(List<Value> args) {
        Value list = Values.force(args.get(0));
        Value index = Values.force(args.get(1));
        if (list instanceof Value.Unknown) {
            return list;
        }
        if (index instanceof Value.Unknown) {
            return index;
        }
        int i = whole(index, "the index");
        if (i < 0) {
            throw new FunctionException("the index must not be negative, is " + i);
        }
        if (list instanceof Value.OpenList open) {
            return open.element().apply(i);
        }
        List<Value> items = list(list, "the first argument");
        if (items.isEmpty()) {
            throw new FunctionException("cannot take an element of an empty list");
        }
        return items.get(i % items.size());
    }
}
