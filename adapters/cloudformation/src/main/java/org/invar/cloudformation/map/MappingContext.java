package org.invar.cloudformation.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;

/** What mappers share: the model builder, the placed resources by id, links, AZs, outside entities. */
final class MappingContext {
    final ModelBuilder builder;
    final Map<String, Placed> placed;
    final Links links;
    final AzEntities azs;
    final Externals externals;
    private final List<Runnable> afterwards = new ArrayList<>();

    MappingContext(ModelBuilder builder, Map<String, Placed> placed, AzEntities azs, Externals externals) {
        this.builder = builder;
        this.placed = placed;
        this.azs = azs;
        this.externals = externals;
        this.links = new Links(placed, externals);
    }

    /**
     * Runs once every resource is mapped: for facts copied from other entities (a NAT gateway's
     * AZ). A step may add steps of its own, which run after every step added before it.
     */
    void afterwards(Runnable step) {
        afterwards.add(step);
    }

    void finish() {
        while (!afterwards.isEmpty()) {
            List<Runnable> round = List.copyOf(afterwards);
            afterwards.clear();
            round.forEach(Runnable::run);
        }
    }

    /**
     * An entity of a resource's own (an inline security group rule, a strategy item), which
     * exists exactly when the resource does, points to the same place and shares its suppressions.
     */
    EntityBuilder part(Placed owner, String kind, String id) {
        EntityBuilder e = builder.entity(kind, id).origin(owner.origin());
        owner.existenceUnknown().ifPresent(e::existenceUnknown);
        owner.suppress(e);
        return e;
    }

    /** Copies {@code from.relation}'s targets (or its unknown) to {@code to.relation}. */
    static void copyRelation(EntityBuilder from, String fromRelation, EntityBuilder to, String toRelation) {
        to.relate(toRelation, from.related(fromRelation));
        from.unknownRelation(fromRelation).ifPresent(r -> to.unknownRelation(toRelation, r));
    }
}
