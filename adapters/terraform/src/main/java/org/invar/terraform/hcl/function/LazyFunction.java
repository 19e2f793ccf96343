package org.invar.terraform.hcl.function;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.invar.terraform.hcl.value.Value;

/** A function that gets its arguments unevaluated and evaluates what it needs ({@code try}). */
public interface LazyFunction extends HclFunction {
    /** {@code recoverable} tells which evaluation errors may be moved past. */
    Value applyLazy(List<Supplier<Value>> args, Predicate<RuntimeException> recoverable);
}
