package org.invar.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;
import org.invar.schema.RelationDef;

/**
 * The last derivation: a zone that may be another one ({@link ZoneIdentity}) may also hold what
 * that one holds. For each to-many relation of {@code az} ({@code subnet}, {@code instance},
 * {@code target}, ...), a zone whose possible twin has entities there, and whose own list is
 * known, gets the relation marked unknown with the reason, its own entities kept: a count over it
 * is then unknown rather than too small ({@code every az has count(subnet) <= 1} cannot pass
 * when a subnet whose zone is not known may be in it). The derived counts on zones
 * ({@code healthy_targets}, {@code running_tasks}) and the node relations are made unknown where
 * they are derived, with the same knowledge.
 */
final class ZoneBlur {
    private ZoneBlur() {
    }

    static void apply(ModelBuilder model, ZoneIdentity identity) {
        if (identity.isEmpty()) {
            return;
        }
        List<RelationDef> relations = model.schema().kind("az").orElseThrow().relations().stream()
                .filter(RelationDef::many).toList();
        // What each zone holds itself, before any is blurred: a zone may be another one, not a
        // third that it is known to differ from. For each relation, the zones that hold some.
        Map<String, List<String>> holders = new HashMap<>();
        Map<String, Map<String, String>> unknownBefore = new HashMap<>();
        for (EntityBuilder az : model.entities("az")) {
            unknownBefore.put(az.id(), Map.copyOf(az.unknownRelations()));
            for (RelationDef r : relations) {
                if (!az.related(r.name()).isEmpty() || az.unknownRelation(r.name()).isPresent()) {
                    holders.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(az.id());
                }
            }
        }
        for (EntityBuilder az : model.entities("az")) {
            for (RelationDef r : relations) {
                if (az.unknownRelation(r.name()).isPresent()) {
                    continue;
                }
                String other = identity.firstAmong(az.id(), holders.getOrDefault(r.name(), List.of()));
                if (other == null) {
                    continue;
                }
                EntityBuilder twin = model.find("az", other).orElseThrow();
                List<String> held = List.copyOf(twin.related(r.name()));
                String why = ZoneIdentity.sameReason(model, az.id(), other);
                if (held.isEmpty()) {
                    why += ", whose " + r.name() + " is unknown: " + unknownBefore.get(other).get(r.name());
                } else {
                    why += ", which has " + r.name() + " " + String.join(", ", held.subList(0, Math.min(3, held.size())))
                            + (held.size() > 3 ? ", ..." : "");
                }
                az.unknownRelationDerived(r.name(), why);
            }
        }
    }
}
