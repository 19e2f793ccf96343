package org.invar.dsl.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code every K as x with W has H}. At the top of a rule the range is a single kind
 * ({@code every az}); nested in an expression it is a path of relations from the entity at hand
 * ({@code every subnet}, {@code some svc.load_balancer.subnet}).
 * Without {@code with} every entity of the range is in scope; without {@code has} the entity
 * itself is the claim, so the filter alone decides.
 */
public record Quantified(
        Quantifier quantifier,
        Path range,
        Optional<Identifier> binding,
        Optional<Expr> filter,
        Optional<Expr> claim,
        Position position) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitQuantified(this);
    }


    public Quantified {
        Objects.requireNonNull(quantifier, "quantifier");
        Objects.requireNonNull(range, "range");
    }

    /** Equal when they say the same thing, wherever they were written. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Quantified o && quantifier.equals(o.quantifier) && range.equals(o.range)
                && binding.equals(o.binding) && filter.equals(o.filter) && claim.equals(o.claim);
    }

    @Override
    public int hashCode() {
        return Objects.hash(quantifier, range, binding, filter, claim);
    }
}
