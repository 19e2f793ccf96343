package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * {@code element(list, index)}: the index wraps around the list's length, as Terraform's does. Of a list of unknown length whose elements are known (the AZs of
 * a region), the element is known.
 */
final class Element extends BaseFunction {
    Element() {
        super("element", Param.any("list").orUnknown(), Param.number("index"));
    }

    @Override
    public Value apply(List<Value> args) {
        Value list = Values.force(args.get(0));
        int i = integer(1, args.get(1), "the index");
        if (i < 0) {
            // Terraform 1.11 fails on a negative index (go-cty's check of it comes after its use)
            throw new FunctionException(1, "cannot use a negative index: " + i);
        }
        if (list instanceof Value.Unknown u) {
            return u.derived();
        }
        if (list instanceof Value.OpenList open) {
            return open.element().apply(i);
        }
        if (!(list instanceof Value.Tuple t) || t.set()) {
            throw new FunctionException(0, "cannot read elements from " + Values.kind(list));
        }
        if (t.items().isEmpty()) {
            throw new FunctionException(0, "cannot use element function with an empty list");
        }
        return t.items().get(i % t.items().size());
    }
}
