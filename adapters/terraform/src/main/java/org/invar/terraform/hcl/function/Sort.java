package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.value.Sets;
import org.invar.terraform.hcl.value.Type;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code sort(list)}: strings in lexical order (numbers are sorted as the strings they convert to). */
final class Sort extends BaseFunction {
    Sort() {
        super("sort", Param.of("list", new Type.ListOf(Type.Primitive.STRING)));
    }

    @Override
    public Value apply(List<Value> args) {
        Value unknown = unknownIn(args.get(0));
        if (unknown != null) {
            return unknown;
        }
        List<Value> items = new ArrayList<>(items(args.get(0)));
        for (int i = 0; i < items.size(); i++) {
            if (Values.force(items.get(i)) instanceof Value.Null) {
                throw new FunctionException(0, "element " + i + " is null; a null string cannot be sorted");
            }
        }
        items.sort(Sets.ORDER);
        return list(items);
    }
}
