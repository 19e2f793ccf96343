package org.invar.terraform.hcl.function;

import java.util.List;
import java.util.Map;
import org.invar.terraform.hcl.value.Value;

/** {@code lookup(map, key, default)}: the key's value, else the default (an error without one). */
final class Lookup extends BaseFunction {
    Lookup() {
        super("lookup", "lookup(map, key, default)", 2, 3);
    }

    @Override
    public Value apply(List<Value> args) {
        Map<String, Value> map = map(args.get(0), "the first argument");
        String key = string(args.get(1), "the key");
        Value v = map.get(key);
        if (v != null) {
            return v;
        }
        if (args.size() == 3) {
            return args.get(2);
        }
        throw new FunctionException("the map has no key \"" + key + "\" and no default was given");
    }
}
