package org.invar.dsl.ast;

/** {@code param min_azs = 3}: a named constant that the host or the command line may override. */
public record Param(Identifier name, Literal value, Position position) implements Declaration {
}
