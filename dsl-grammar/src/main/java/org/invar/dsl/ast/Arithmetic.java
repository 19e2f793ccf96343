package org.invar.dsl.ast;

import java.util.Objects;

/** {@code left + right} and the other three operations on numbers. */
public record Arithmetic(Operator operator, Expr left, Expr right, Position position) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitArithmetic(this);
    }


    public enum Operator {
        MULTIPLY("*", Precedence.MULTIPLY), DIVIDE("/", Precedence.MULTIPLY),
        ADD("+", Precedence.ADD), SUBTRACT("-", Precedence.ADD);

        private final String symbol;
        private final Precedence precedence;

        Operator(String symbol, Precedence precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }

        public String symbol() {
            return symbol;
        }

        public Precedence precedence() {
            return precedence;
        }
    }

    /** Equal when they say the same thing, wherever they were written. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Arithmetic o && operator.equals(o.operator) && left.equals(o.left)
                && right.equals(o.right);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operator, left, right);
    }
}
