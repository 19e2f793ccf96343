package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * {@code lookup(inputMap, key, default)}: the key's value, else the default (an error without
 * one). With a key not known, which value it is is not known.
 */
final class Lookup extends BaseFunction {
    Lookup() {
        super("lookup", List.of(Param.any("inputMap").orUnknown(), Param.string("key").orUnknown()),
                Param.any("default").orNull().orUnknown());
    }

    @Override
    public int maxArgs() {
        return 3;
    }

    @Override
    public Value apply(List<Value> args) {
        Value map = Values.force(args.get(0));
        Value key = Values.force(args.get(1));
        if (!(map instanceof Value.Obj) && !(map instanceof Value.Unknown)) {
            throw new FunctionException(0, "lookup() requires a map as the first argument");
        }
        if (map instanceof Value.Unknown u) {
            return u.derived();
        }
        if (key instanceof Value.Unknown u) {
            List<Value> candidates = new java.util.ArrayList<>(((Value.Obj) map).attributes().values());
            if (args.size() == 3) {
                candidates.add(args.get(2));
            }
            candidates.add(u);
            return Values.unknown(candidates).uncertain("which key lookup() reads is not known: " + u.reason());
        }
        Value v = ((Value.Obj) map).attributes().get(((Value.Str) key).value());
        if (v != null) {
            return v;
        }
        if (args.size() == 3) {
            return args.get(2);
        }
        throw new FunctionException(1, "lookup failed to find key \"" + ((Value.Str) key).value() + "\"");
    }
}
