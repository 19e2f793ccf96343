package org.invar.dsl.ast;

/** {@code not operand}, with Kleene's three-valued meaning. */
public record Not(Expr operand, Position position) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitNot(this);
    }
}
