package org.invar.dsl.ast;

import java.util.Objects;

/** A name as written, with its position: a path segment, a binding or a param name. */
public record Identifier(String name, Position position) implements Node {
    public Identifier {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an identifier has at least one character");
        }
    }

    public static Identifier of(String name) {
        return new Identifier(name, Position.NONE);
    }

    @Override
    public String toString() {
        return name;
    }

    /** Equal when they say the same thing, wherever they were written. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Identifier o && name.equals(o.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }
}
