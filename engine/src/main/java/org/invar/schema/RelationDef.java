package org.invar.schema;

import java.util.Objects;

/**
 * A relation from one kind to another. Relation names are singular nouns whatever the
 * cardinality, so rules read as English ({@code az with alb_node}). {@code many} tells whether a
 * path through it yields a collection; {@code derived} whether the engine computes it.
 */
public record RelationDef(String name, String target, boolean many, boolean derived, String doc) {
    public RelationDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(doc, "doc");
    }
}
