package org.invar.dsl.ast;

/**
 * How tightly an expression binds, from the loosest to the tightest: the order of the grammar's
 * expression alternatives, reversed. The printer reads it to place parentheses and the parser's
 * nesting limit to count chains of one operator.
 */
public enum Precedence {
    OR, AND, NOT, COMPARE, IS, ADD, MULTIPLY, PRIMARY;

    public boolean bindsTighterThan(Precedence other) {
        return compareTo(other) > 0;
    }
}
