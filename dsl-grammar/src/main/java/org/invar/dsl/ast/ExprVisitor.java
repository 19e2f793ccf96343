package org.invar.dsl.ast;

/**
 * One method per kind of expression, so that every pass over the AST (printer, checker, compiler)
 * is told by the compiler when a new kind of expression appears.
 */
public interface ExprVisitor<R> {
    R visitInt(Literal.IntLiteral literal);

    R visitDecimal(Literal.DecimalLiteral literal);

    R visitString(Literal.StringLiteral literal);

    R visitBool(Literal.BoolLiteral literal);

    R visitList(Literal.ListLiteral literal);

    R visitPath(Path path);

    R visitAggregate(Aggregate aggregate);

    R visitArithmetic(Arithmetic arithmetic);

    R visitComparison(Comparison comparison);

    R visitPresence(PresenceTest test);

    R visitNot(Not not);

    R visitLogical(Logical logical);

    R visitQuantified(Quantified quantified);
}
