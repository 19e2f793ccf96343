package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.value.Type;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code matchkeys(values, keys, searchset)}: the values whose key at the same position is in the searchset. */
final class Matchkeys extends BaseFunction {
    Matchkeys() {
        super("matchkeys", Param.of("values", new Type.ListOf(Type.ANY)), Param.of("keys", new Type.ListOf(Type.ANY)),
                Param.of("searchset", new Type.ListOf(Type.ANY)));
    }

    @Override
    public Value apply(List<Value> args) {
        List<Value> values = items(args.get(0));
        List<Value> both = new ArrayList<>(items(args.get(1)));
        int keyCount = both.size();
        both.addAll(items(args.get(2)));
        List<Value> same = unified(both);
        if (same == null) {
            throw new FunctionException("keys and searchset must be of the same type");
        }
        if (values.size() != keyCount) {
            throw new FunctionException("length of keys and values should be equal");
        }
        List<Value> keys = same.subList(0, keyCount);
        List<Value> search = same.subList(keyCount, same.size());
        if (search.isEmpty()) {
            return list(List.of());
        }
        Value unknown = unknownIn(args.get(0), args.get(1));
        if (unknown != null) {
            return unknown;
        }
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Value k = Values.force(keys.get(i));
            for (Value s : search) {
                if (Values.force(s).hasUnknown()) {
                    return list(List.of());
                }
                if (Values.same(k, s)) {
                    out.add(values.get(i));
                    break;
                }
            }
        }
        return list(out);
    }
}
