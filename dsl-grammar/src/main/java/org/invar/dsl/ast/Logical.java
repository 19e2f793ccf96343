package org.invar.dsl.ast;

import java.util.Objects;

/** {@code left and right}, {@code left or right}, with Kleene's three-valued meaning. */
public record Logical(Operator operator, Expr left, Expr right, Position position) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitLogical(this);
    }


    public enum Operator {
        AND("and", Precedence.AND), OR("or", Precedence.OR);

        private final String word;
        private final Precedence precedence;

        Operator(String word, Precedence precedence) {
            this.word = word;
            this.precedence = precedence;
        }

        public String word() {
            return word;
        }

        public Precedence precedence() {
            return precedence;
        }
    }

    /** Equal when they say the same thing, wherever they were written. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Logical o && operator.equals(o.operator) && left.equals(o.left)
                && right.equals(o.right);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operator, left, right);
    }
}
