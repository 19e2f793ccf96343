package org.invar.terraform.hcl.function;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code merge(maps...)}: one map or object; a later argument's key wins; null arguments are skipped. */
final class Merge extends BaseFunction {
    Merge() {
        super("merge", List.of(), Param.any("maps").orNull());
    }

    @Override
    public Value apply(List<Value> args) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            Value v = Values.force(args.get(i));
            if (v instanceof Value.Null) {
                continue;
            }
            if (!(v instanceof Value.Obj o)) {
                throw new FunctionException(i, "arguments must be maps or objects, got " + Values.kind(v));
            }
            out.putAll(o.attributes());
        }
        return new Value.Obj(out);
    }
}
