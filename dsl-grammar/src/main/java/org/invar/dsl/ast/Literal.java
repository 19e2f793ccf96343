package org.invar.dsl.ast;

import java.math.BigDecimal;
import java.util.List;

/** A constant written in the rule text. */
public sealed interface Literal extends Expr {

    record IntLiteral(long value, Position position) implements Literal {
        @Override
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitInt(this);
        }
    }

    record DecimalLiteral(BigDecimal value, Position position) implements Literal {
        @Override
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitDecimal(this);
        }
    }

    record StringLiteral(String value, Position position) implements Literal {
        @Override
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitString(this);
        }
    }

    record BoolLiteral(boolean value, Position position) implements Literal {
        @Override
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitBool(this);
        }
    }

    record ListLiteral(List<Literal> elements, Position position) implements Literal {
        @Override
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitList(this);
        }

        public ListLiteral {
            elements = List.copyOf(elements);
        }
    }
}
