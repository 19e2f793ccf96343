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

    /**
     * Its parameters: each argument is converted to its parameter's type before the call, and
     * checked for null and unknown as the parameter allows. Empty for a function that checks
     * its arguments itself.
     */
    default List<Param> params() {
        return List.of();
    }

    /** The parameter any further arguments are for ({@code concat(seqs...)}), or null. */
    default Param variadic() {
        return null;
    }

    Value apply(List<Value> args);
}
