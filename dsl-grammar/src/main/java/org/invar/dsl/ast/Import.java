package org.invar.dsl.ast;

/** {@code import "stdlib/ecs"}: the rules and params of another file become visible. */
public record Import(String target, Position position) implements Declaration {
}
