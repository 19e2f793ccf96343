package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.invar.terraform.hcl.value.Type;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code transpose(values)}: of a map of lists of strings, the map of each string to the keys whose lists hold it. */
final class Transpose extends BaseFunction {
    Transpose() {
        super("transpose", Param.of("values", new Type.MapOf(new Type.ListOf(Type.Primitive.STRING))));
    }

    @Override
    public Value apply(List<Value> args) {
        Value unknown = unknownIn(args.get(0));
        if (unknown != null) {
            return unknown;
        }
        Map<String, List<Value>> out = new TreeMap<>();
        for (Map.Entry<String, Value> e : entries(args.get(0)).entrySet()) {
            if (Values.force(e.getValue()) instanceof Value.Null) {
                throw new FunctionException(0, "input must not contain null list");
            }
            for (Value v : items(e.getValue())) {
                if (Values.force(v) instanceof Value.Null) {
                    throw new FunctionException(0, "input list must not contain null string");
                }
                out.computeIfAbsent(text(v), k -> new ArrayList<>()).add(str(e.getKey()));
            }
        }
        Map<String, Value> result = new LinkedHashMap<>();
        out.forEach((k, v) -> result.put(k, list(v)));
        return new Value.Obj(result);
    }
}
