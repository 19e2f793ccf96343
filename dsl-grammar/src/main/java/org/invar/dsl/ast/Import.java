package org.invar.dsl.ast;

import java.util.Objects;

/** {@code import "stdlib/ecs"}: the rules and params of another file become visible. */
public record Import(String target, Position position) implements Declaration {

    /** Equal when they say the same thing, wherever they were written. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Import o && target.equals(o.target);
    }

    @Override
    public int hashCode() {
        return Objects.hash(target);
    }
}
