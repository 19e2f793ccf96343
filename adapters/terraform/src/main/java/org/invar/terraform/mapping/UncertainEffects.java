package org.invar.terraform.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;
import org.invar.model.Value;
import org.invar.schema.RelationDef;

/**
 * What a resource that may not exist does to entities other resources made is only possible: a
 * route table association of unknown count may or may not give its subnet that table. Mapped as
 * if it existed, then each change to an entity that was there before is made uncertain: an
 * attribute it set becomes unknown, a relation it added to keeps the targets as candidates and
 * is marked unknown, both with the reason. Edges to the entities the resource itself made need
 * nothing more, as those carry their unknown existence.
 *
 * <p>It compares every entity before and after, so it is used only for resources whose mapping
 * adds to other entities (those that make no entity of their own), and only when they may not
 * exist, which an evaluated configuration says of few.
 */
final class UncertainEffects {
    private record Before(Map<String, Value> attributes, Map<String, Set<String>> relations) {
    }

    private final ModelBuilder builder;
    private final Map<EntityBuilder, Before> before = new HashMap<>();

    private UncertainEffects(ModelBuilder builder) {
        this.builder = builder;
        for (EntityBuilder e : builder.all()) {
            Map<String, Set<String>> relations = new HashMap<>();
            e.relations().forEach((name, targets) -> relations.put(name, Set.copyOf(targets)));
            before.put(e, new Before(Map.copyOf(e.attributes()), relations));
        }
    }

    /** Notes every entity as it is before the resource is mapped. */
    static UncertainEffects before(ModelBuilder builder) {
        return new UncertainEffects(builder);
    }

    /** Makes what the resource changed uncertain, for this reason (why it may not exist). */
    void after(String address, String mayNotExist) {
        String why = "set by " + address + ", which may not exist: " + mayNotExist;
        List<EntityBuilder> all = new ArrayList<>(builder.all());
        for (EntityBuilder e : all) {
            Before was = before.get(e);
            if (was == null) {
                continue; // made by this resource (or a stand-in for what it names)
            }
            e.attributes().forEach((name, value) -> {
                if (!(value instanceof Value.Unknown) && !Objects.equals(value, was.attributes().get(name))) {
                    e.unknown(name, name + " of " + e.kind() + " " + e.id() + " is " + why);
                }
            });
            e.relations().forEach((name, targets) -> {
                Set<String> added = new LinkedHashSet<>(targets);
                added.removeAll(was.relations().getOrDefault(name, Set.of()));
                RelationDef def = e.kindDef().relation(name).orElseThrow();
                added.removeIf(t -> madeUncertain(def.target(), t));
                if (!added.isEmpty() && e.unknownRelation(name).isEmpty()) {
                    e.unknownRelation(name, name + " of " + e.kind() + " " + e.id() + " is " + why);
                }
            });
        }
    }

    /** An entity the resource made, whose existence is unknown already. */
    private boolean madeUncertain(String kind, String id) {
        return builder.find(kind, id).filter(t -> !before.containsKey(t) && t.existenceUnknown().isPresent()).isPresent();
    }
}
