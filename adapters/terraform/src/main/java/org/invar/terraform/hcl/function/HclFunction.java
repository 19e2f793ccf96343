package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;

/**
 * A function of Terraform's language. Unless it {@link #acceptsUnknown()}, the evaluator does
 * not call it when an argument is unknown: the result is that unknown. A {@link LazyFunction}
 * ({@code try}) gets its arguments unevaluated.
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

    /**
     * Whether it only converts its one argument to another type ({@code tolist}): of an unknown
     * it gives that same unknown, still the variable it may be.
     */
    default boolean convertsOnly() {
        return false;
    }

    Value apply(List<Value> args);
}
