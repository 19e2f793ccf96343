package org.invar.dsl.ast;

/** Every AST node knows where it starts. */
public sealed interface Node permits Declaration, Expr, Identifier {
    Position position();
}
