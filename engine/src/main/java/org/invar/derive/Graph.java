package org.invar.derive;

import java.util.ArrayList;
import java.util.List;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;
import org.invar.schema.KindDef;
import org.invar.schema.Schema;

/**
 * Reading the mutable model: the entities a relation names that are really in the model (an id
 * that names nothing is left for {@link ModelBuilder#build()} to report, with the adapter's edge),
 * and edges derived on both sides at once.
 */
final class Graph {
    private Graph() {
    }

    /** The declared targets of a relation, in edge order; empty for a relation the kind lacks. */
    static List<EntityBuilder> related(ModelBuilder model, EntityBuilder e, String relation) {
        KindDef kind = e.kindDef();
        int r = kind.relationIndex(relation);
        if (r < 0) {
            return List.of();
        }
        var ids = e.related(relation);
        if (ids.isEmpty()) {
            return List.of();
        }
        String target = kind.relations().get(r).target();
        List<EntityBuilder> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            model.find(target, id).ifPresent(out::add);
        }
        return out;
    }

    /** The single declared target of a to-one relation, or null when there is none. */
    static EntityBuilder one(ModelBuilder model, EntityBuilder e, String relation) {
        List<EntityBuilder> targets = related(model, e, relation);
        return targets.isEmpty() ? null : targets.get(0);
    }

    /**
     * A derived relation and its inverse, {@code kind.relation} and {@code target.inverse}. When
     * the schema pairs them, relating one side fills the other; when a custom schema does not,
     * both sides are related explicitly (when the inverse exists at all).
     */
    static Link link(Schema schema, String kind, String relation, String inverse) {
        String target = schema.kind(kind).orElseThrow().relation(relation).orElseThrow().target();
        boolean paired = schema.inverse(kind, relation).filter(inverse::equals).isPresent();
        boolean hasInverse = schema.kind(target).orElseThrow().relation(inverse).isPresent();
        return new Link(relation, inverse, !paired && hasInverse);
    }

    record Link(String relation, String inverse, boolean both) {
        void relate(EntityBuilder from, EntityBuilder to) {
            from.relateDerived(relation, to.id());
            if (both) {
                to.relateDerived(inverse, from.id());
            }
        }
    }
}
