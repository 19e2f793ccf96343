package org.invar.dsl.ast;

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

        public String symbol() {
            return symbol;
        }
    }
}
