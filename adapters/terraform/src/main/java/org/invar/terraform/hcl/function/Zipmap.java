package org.invar.terraform.hcl.function;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.terraform.hcl.value.Type;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code zipmap(keys, values)}: a map of each key to the value at its position; a later repeat of a key wins. */
final class Zipmap extends BaseFunction {
    Zipmap() {
        super("zipmap", Param.of("keys", new Type.ListOf(Type.Primitive.STRING)), Param.any("values"));
    }

    @Override
    public Value apply(List<Value> args) {
        Value vs = Values.force(args.get(1));
        if (!(vs instanceof Value.Tuple t) || t.set()) {
            throw new FunctionException(1, "values argument must be a list or tuple value");
        }
        List<Value> keys = items(args.get(0));
        Value unknown = unknownIn(args.get(0));
        if (unknown != null) {
            return unknown;
        }
        if (keys.size() != t.items().size()) {
            throw new FunctionException("number of keys (" + keys.size() + ") does not match number of values ("
                    + t.items().size() + ")");
        }
        Map<String, Value> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (Values.force(keys.get(i)) instanceof Value.Null) {
                throw new FunctionException(0, "keys list has null value at index " + i);
            }
            out.put(text(keys.get(i)), t.items().get(i));
        }
        return new Value.Obj(out);
    }
}
