package org.invar.terraform.hcl.function;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code try(expr, fallback, ...)}: the first argument that evaluates without an error. Errors of
 * the configuration itself (an undeclared name) are not moved past, as in Terraform.
 */
final class Try extends BaseFunction implements LazyFunction {
    Try() {
        super("try", "try(expression, fallback, ...)", 1, MANY);
    }

    /** With every argument evaluated already, none failed: the first. */
    @Override
    public Value apply(List<Value> args) {
        return args.get(0);
    }

    @Override
    public Value applyLazy(List<Supplier<Value>> args, Predicate<RuntimeException> recoverable) {
        RuntimeException last = null;
        for (Supplier<Value> arg : args) {
            try {
                return arg.get();
            } catch (RuntimeException e) {
                if (!recoverable.test(e)) {
                    throw e;
                }
                last = e;
            }
        }
        throw new FunctionException("no argument could be evaluated; the last error: " + last.getMessage());
    }
}
