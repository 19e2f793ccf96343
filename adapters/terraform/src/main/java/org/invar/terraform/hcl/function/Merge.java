package org.invar.terraform.hcl.function;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code merge(map, ...)}: one map; a later map's key wins; null arguments are skipped. */
final class Merge extends BaseFunction {
    Merge() {
        super("merge", "merge(map, map, ...)", 0, MANY);
    }

    @Override
    public Value apply(List<Value> args) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            if (Values.force(args.get(i)) instanceof Value.Null) {
                continue;
            }
            out.putAll(map(args.get(i), "argument " + (i + 1)));
        }
        return new Value.Obj(out);
    }
}
