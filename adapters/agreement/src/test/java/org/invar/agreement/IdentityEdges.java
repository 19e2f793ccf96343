package org.invar.agreement;

import java.util.ArrayList;
import java.util.List;
import org.invar.model.EntityTable;
import org.invar.model.Model;
import org.invar.model.Symbolic;

/**
 * What a model knows about the identity of a kind's entities when some are symbolic (the zone of
 * a subnet whose zone is not known), as edges the canonical form can follow like relations: a
 * symbolic entity stands in for a relation of its owner ({@code subnet.az}), and some pairs of
 * entities may be one and the same (a symbolic zone and any zone not known to differ from it).
 * The evaluator reads both, so two models that agree up to ids must agree on them; ids, meanings
 * and causes are wording and are not part of them.
 *
 * <p>A kind without symbolic entities has no such edges, so its entities are described as before.
 */
final class IdentityEdges {
    static final String STANDS_IN_FOR = "(stands in for)";
    static final String MAY_BE = "(may be the same as)";

    /** Edges of one name from an entity to entities of one kind, by index. */
    record Edges(String name, int targetKind, List<Integer> targets) {
    }

    private IdentityEdges() {
    }

    /** The identity edges of entity {@code e} of table {@code t} of the model; empty when none of its kind is symbolic. */
    static List<Edges> of(Model model, EntityTable t, int e) {
        if (!t.hasSymbolic()) {
            return List.of();
        }
        List<Edges> edges = new ArrayList<>(2);
        Symbolic s = t.symbolic(e);
        if (s != null && s.ownerKind() != null) {
            EntityTable owner = model.table(s.ownerKind());
            edges.add(new Edges(STANDS_IN_FOR, owner.kindIndex(),
                    owner.find(s.ownerId()).map(List::of).orElse(List.of())));
        }
        List<Integer> mayBe = new ArrayList<>();
        for (int other = 0; other < t.size(); other++) {
            if (t.mayBeSame(e, other)) {
                mayBe.add(other);
            }
        }
        edges.add(new Edges(MAY_BE, t.kindIndex(), mayBe));
        return edges;
    }

    /**
     * How a symbolic entity is described besides its attributes: symbolic, and whether its owner's
     * relation was unknown (with a cause, whose wording is not compared) or only missing; empty
     * for an entity that is what its id says.
     */
    static String describe(EntityTable t, int e) {
        Symbolic s = t.symbolic(e);
        if (s == null) {
            return "";
        }
        return s.cause() != null ? "(symbolic, standing in for an unknown relation)"
                : "(symbolic, standing in for a missing relation)";
    }
}
