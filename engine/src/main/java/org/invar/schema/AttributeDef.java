package org.invar.schema;

import java.util.Objects;

/**
 * An attribute of a kind: its name, type, whether the engine derives it rather than reading it,
 * and one line of meaning.
 */
public record AttributeDef(String name, ValueType type, boolean derived, String doc) {
    public AttributeDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(doc, "doc");
    }
}
