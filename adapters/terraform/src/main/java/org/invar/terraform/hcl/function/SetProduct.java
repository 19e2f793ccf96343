package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.value.Sets;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * {@code setproduct(sets...)}: every combination of one element of each argument, as a list of
 * lists; a set (not a list) of them when every argument is a set.
 */
final class SetProduct extends BaseFunction {
    SetProduct() {
        super("setproduct", List.of(), Param.any("sets"));
    }

    @Override
    public Value apply(List<Value> args) {
        if (args.size() < 2) {
            throw new FunctionException("at least two arguments are required");
        }
        boolean allSets = true;
        for (int i = 0; i < args.size(); i++) {
            Value v = Values.force(args.get(i));
            if (!(v instanceof Value.Tuple t)) {
                throw new FunctionException(i, "a set or a list is required");
            }
            allSets &= t.set();
        }
        Value unknown = unknownIn(args.toArray(Value[]::new));
        if (unknown != null) {
            return unknown;
        }
        List<List<Value>> product = new ArrayList<>();
        product.add(List.of());
        for (Value arg : args) {
            List<List<Value>> next = new ArrayList<>();
            for (List<Value> prefix : product) {
                for (Value v : items(arg)) {
                    List<Value> combination = new ArrayList<>(prefix);
                    combination.add(v);
                    next.add(combination);
                }
            }
            product = next;
            if (product.size() > 100_000) {
                throw new FunctionException("the product has more than 100000 elements; invar makes no larger lists");
            }
        }
        List<Value> out = product.stream().map(BaseFunction::list).toList();
        return allSets ? Sets.of(out) : list(out);
    }
}
