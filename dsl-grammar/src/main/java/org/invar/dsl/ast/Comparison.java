package org.invar.dsl.ast;

import java.util.Objects;

/** {@code left op right}: equality, order, membership or a regular-expression match. */
public record Comparison(Operator operator, Expr left, Expr right, Position position) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitComparison(this);
    }


    public enum Operator {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
        IN("in"), NOT_IN("not in"), CONTAINS("contains"), MATCHES("matches");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        /** As written; words are separated by one space ({@code not in}). */
        public String symbol() {
            return symbol;
        }

        public Precedence precedence() {
            return Precedence.COMPARE;
        }
    }

    /** Equal when they say the same thing, wherever they were written. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Comparison o && operator.equals(o.operator) && left.equals(o.left)
                && right.equals(o.right);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operator, left, right);
    }
}
