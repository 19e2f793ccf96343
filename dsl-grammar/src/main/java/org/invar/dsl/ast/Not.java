package org.invar.dsl.ast;

import java.util.Objects;

/** {@code not operand}, with Kleene's three-valued meaning. */
public record Not(Expr operand, Position position) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitNot(this);
    }

    /** Equal when they say the same thing, wherever they were written. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Not o && operand.equals(o.operand);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operand);
    }
}
