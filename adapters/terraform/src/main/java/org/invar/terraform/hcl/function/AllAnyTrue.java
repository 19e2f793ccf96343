package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Type;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * {@code alltrue(list)} and {@code anytrue(list)} of bools: a false (for alltrue) or true (for
 * anytrue) decides even beside unknowns; nulls count as false.
 */
final class AllAnyTrue extends BaseFunction {
    private final boolean all;

    private AllAnyTrue(boolean all) {
        super(all ? "alltrue" : "anytrue", Param.of("list", new Type.ListOf(Type.Primitive.BOOL)));
        this.all = all;
    }

    static AllAnyTrue all() {
        return new AllAnyTrue(true);
    }

    static AllAnyTrue any() {
        return new AllAnyTrue(false);
    }

    @Override
    public Value apply(List<Value> args) {
        List<Value> unknown = new java.util.ArrayList<>();
        for (Value item : items(args.get(0))) {
            Value v = Values.force(item);
            if (v instanceof Value.Unknown) {
                if (all) {
                    return v; // alltrue gives up at the first unknown, as Terraform does
                }
                unknown.add(v);
                continue;
            }
            boolean b = v instanceof Value.Bool x && x.value();
            if (all && !b) {
                return new Value.Bool(false);
            }
            if (!all && b) {
                return new Value.Bool(true);
            }
        }
        return unknown.isEmpty() ? new Value.Bool(all) : Values.unknown(unknown);
    }
}
