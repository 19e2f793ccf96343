package org.invar.dsl.ast;

/** {@code value is set} or {@code value is missing}: whether a value was given at all. */
public record PresenceTest(Expr operand, boolean set, Position position) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitPresence(this);
    }
}
