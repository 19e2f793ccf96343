package org.invar.dsl.ast;

import java.util.Objects;

/** {@code value is set} or {@code value is missing}: whether a value was given at all. */
public record PresenceTest(Expr operand, boolean set, Position position) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitPresence(this);
    }

    /** Equal when they say the same thing, wherever they were written. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PresenceTest o && operand.equals(o.operand) && set == o.set;
    }

    @Override
    public int hashCode() {
        return Objects.hash(operand, set);
    }
}
