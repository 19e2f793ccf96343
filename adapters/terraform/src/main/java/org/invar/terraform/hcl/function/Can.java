package org.invar.terraform.hcl.function;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * {@code can(expression)}: whether the expression evaluates without an error; unknown when its
 * value is not wholly known (it may still fail). Errors of the configuration itself (an
 * undeclared name) are not moved past, as in Terraform.
 */
final class Can extends BaseFunction implements LazyFunction {
    Can() {
        super("can", Param.any("expression"));
    }

    @Override
    public Value apply(List<Value> args) {
        return new Value.Bool(true);
    }

    @Override
    public Value applyLazy(List<Supplier<Value>> args, Predicate<RuntimeException> recoverable) {
        Value v;
        try {
            v = Values.force(args.get(0).get());
        } catch (RuntimeException e) {
            if (!recoverable.test(e)) {
                throw e;
            }
            return new Value.Bool(false);
        }
        return v.hasUnknown() ? Values.unknown(List.of(v)) : new Value.Bool(true);
    }
}
