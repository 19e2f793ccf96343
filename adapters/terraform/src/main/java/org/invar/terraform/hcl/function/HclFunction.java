package org.invar.terraform.hcl.function;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.invar.terraform.hcl.value.Value;

/**
 * A function of Terraform's language. Unless it {@link #acceptsUnknown()}, the evaluator does
 * not call it when an argument is unknown: the result is that unknown. A {@link #lazy()}
 * function ({@code try}) gets its arguments unevaluated.
 */
public interface HclFunction {
    String name();

    /** How it is called, for messages: {@code element(list, index)}. */
    String usage();

    int minArgs();

    int maxArgs();

    default boolean acceptsUnknown() {
        return false;
    }

    default boolean lazy() {
        return false;
    }

    Value apply(List<Value> args);

    /** For lazy functions: {@code recoverable} tells which evaluation errors may be moved past. */
    default Value applyLazy(List<Supplier<Value>> args, Predicate<RuntimeException> recoverable) {
        throw new UnsupportedOperationException(name() + " is not lazy");
    }
}
