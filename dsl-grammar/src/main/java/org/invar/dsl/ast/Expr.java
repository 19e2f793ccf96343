package org.invar.dsl.ast;

/**
 * An expression. Conditions and values share one grammar; the type checker tells a boolean
 * condition from a number, a string or a collection.
 */
public sealed interface Expr extends Node
        permits Literal, Path, Aggregate, Arithmetic, Comparison, PresenceTest, Not, Logical, Quantified {

    <R> R accept(ExprVisitor<R> visitor);
}
