package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code slice(list, start, end)}: elements start (included) to end (excluded). */
final class Slice extends BaseFunction {
    Slice() {
        super("slice", "slice(list, start index, end index)", 3, 3);
    }

    @Override
    public boolean acceptsUnknown() {
        return true; // the first AZs of a region are known though their number is not
    }

    @Override
    public Value apply(List<Value> args) {
        Value list = Values.force(args.get(0));
        for (Value v : args) {
            if (Values.force(v) instanceof Value.Unknown u) {
                return u;
            }
        }
        int start = whole(args.get(1), "the start index");
        int end = whole(args.get(2), "the end index");
        if (start < 0 || end < start) {
            throw new FunctionException("the start index (" + start + ") must be at least 0 and at most the end index ("
                    + end + ")");
        }
        List<Value> out = new ArrayList<>();
        if (list instanceof Value.OpenList open) {
            for (int i = start; i < end; i++) {
                out.add(open.element().apply(i));
            }
            return Value.Tuple.of(out);
        }
        if (list instanceof Value.Tuple t && t.set()) {
            throw new FunctionException(0, "cannot slice a set, because its elements do not have indices; explicitly"
                    + " convert to a list if the ordering of the result is not important");
        }
        List<Value> items = list(list, "the first argument");
        if (end > items.size()) {
            throw new FunctionException("the end index " + end + " is past the end of a list of " + items.size());
        }
        return Value.Tuple.of(items.subList(start, end));
    }
}
