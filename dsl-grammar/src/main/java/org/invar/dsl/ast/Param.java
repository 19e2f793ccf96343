package org.invar.dsl.ast;

import java.util.Objects;

/** {@code param min_azs = 3}: a named constant that the host or the command line may override. */
public record Param(Identifier name, Literal value, Position position) implements Declaration {

    /** Equal when they say the same thing, wherever they were written. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Param o && name.equals(o.name) && value.equals(o.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value);
    }
}
