package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.value.Type;
import org.invar.terraform.hcl.value.Value;

/** {@code chunklist(list, size)}: the list cut into lists of size elements (the last may be shorter); size 0 is one chunk. */
final class Chunklist extends BaseFunction {
    Chunklist() {
        super("chunklist", Param.of("list", new Type.ListOf(Type.ANY)), Param.number("size"));
    }

    @Override
    public Value apply(List<Value> args) {
        List<Value> items = items(args.get(0));
        int size = integer(1, args.get(1), "the size");
        if (size < 0) {
            throw new FunctionException(1, "the size argument must be positive");
        }
        if (items.isEmpty()) {
            return list(List.of());
        }
        if (size == 0) {
            return list(List.of(args.get(0)));
        }
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            out.add(list(items.subList(i, Math.min(items.size(), i + size))));
        }
        return list(out);
    }
}
