package org.invar.dsl.ast;

/** {@code left + right} and the other three operations on numbers. */
public record Arithmetic(Operator operator, Expr left, Expr right, Position position) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitArithmetic(this);
    }


    public enum Operator {
        MULTIPLY("*", 2), DIVIDE("/", 2), ADD("+", 1), SUBTRACT("-", 1);

        private final String symbol;
        private final int precedence;

        Operator(String symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }

        public String symbol() {
            return symbol;
        }

        /** Higher binds tighter. */
        public int precedence() {
            return precedence;
        }
    }
}
