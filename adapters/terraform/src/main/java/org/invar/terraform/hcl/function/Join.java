package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.value.Type;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code join(separator, lists...)}: the strings of the lists, separator between; a null element is an error. */
final class Join extends BaseFunction {
    Join() {
        super("join", List.of(Param.string("separator")), Param.of("lists", new Type.ListOf(Type.Primitive.STRING)));
    }

    @Override
    public Value apply(List<Value> args) {
        if (args.size() < 2) {
            throw new FunctionException("at least one list is required");
        }
        Value unknown = unknownIn(args.subList(1, args.size()).toArray(Value[]::new));
        if (unknown != null) {
            return unknown;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            List<Value> items = items(args.get(i));
            for (int e = 0; e < items.size(); e++) {
                if (Values.force(items.get(e)) instanceof Value.Null) {
                    throw new FunctionException(i, "element " + e + (args.size() > 2 ? " of list " + i : "")
                            + " is null; cannot join null values");
                }
                parts.add(text(items.get(e)));
            }
        }
        return str(String.join(text(args.get(0)), parts));
    }
}
