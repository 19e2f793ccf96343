package org.invar.dsl.ast;

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
}
