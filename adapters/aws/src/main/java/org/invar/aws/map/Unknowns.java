package org.invar.aws.map;

import org.invar.model.EntityBuilder;
import org.invar.schema.AttributeDef;
import org.invar.schema.RelationDef;

/**
 * Marks what an entity lacks as unknown, with the reason: every attribute not set and every
 * relation with no target. For entities that exist (a List call named them, another resource
 * refers to them) but whose Describe call failed.
 */
final class Unknowns {
    private Unknowns() {
    }

    static void fill(EntityBuilder e, String reason) {
        for (AttributeDef a : e.kindDef().attributes()) {
            if (!a.derived() && e.attribute(a.name()).isEmpty()) {
                e.unknown(a.name(), reason);
            }
        }
        for (RelationDef r : e.kindDef().relations()) {
            if (!r.derived() && e.related(r.name()).isEmpty() && e.unknownRelation(r.name()).isEmpty()) {
                e.unknownRelation(r.name(), reason);
            }
        }
    }
}
