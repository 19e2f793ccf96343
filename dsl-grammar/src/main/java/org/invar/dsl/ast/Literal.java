package org.invar.dsl.ast;

import java.math.BigDecimal;
import java.util.List;

/**
 * A constant written in the rule text. Literals, like every node, are equal when they say the same
 * thing, wherever they were written.
 */
public sealed interface Literal extends Expr {

    record IntLiteral(long value, Position position) implements Literal {
        @Override
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitInt(this);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof IntLiteral o && value == o.value;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(value);
        }
    }

    record DecimalLiteral(BigDecimal value, Position position) implements Literal {
        @Override
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitDecimal(this);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof DecimalLiteral o && value.equals(o.value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }
    }

    record StringLiteral(String value, Position position) implements Literal {
        @Override
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitString(this);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StringLiteral o && value.equals(o.value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }
    }

    record BoolLiteral(boolean value, Position position) implements Literal {
        @Override
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitBool(this);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof BoolLiteral o && value == o.value;
        }

        @Override
        public int hashCode() {
            return Boolean.hashCode(value);
        }
    }

    record ListLiteral(List<Literal> elements, Position position) implements Literal {
        @Override
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitList(this);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ListLiteral o && elements.equals(o.elements);
        }

        @Override
        public int hashCode() {
            return elements.hashCode();
        }

        public ListLiteral {
            elements = List.copyOf(elements);
        }
    }
}
