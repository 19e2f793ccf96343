package org.invar.dsl.ast;

/** {@code left and right}, {@code left or right}, with Kleene's three-valued meaning. */
public record Logical(Operator operator, Expr left, Expr right, Position position) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitLogical(this);
    }


    public enum Operator {
        AND("and"), OR("or");

        private final String word;

        Operator(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }
}
