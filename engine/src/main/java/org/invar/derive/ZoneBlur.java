package org.invar.derive;

import java.util.List;
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
        // third that it is known to differ from.
        java.util.Map<String, java.util.Map<String, String>> unknownBefore = new java.util.HashMap<>();
        for (EntityBuilder az : model.entities("az")) {
            unknownBefore.put(az.id(), java.util.Map.copyOf(az.unknownRelations()));
        }
        for (EntityBuilder az : model.entities("az")) {
            for (String other : identity.mayBe(az.id())) {
                EntityBuilder twin = model.find("az", other).orElse(null);
                if (twin == null) {
                    continue;
                }
                for (RelationDef r : relations) {
                    String twinUnknown = unknownBefore.get(other).get(r.name());
                    if (az.unknownRelation(r.name()).isPresent()) {
                        continue;
                    }
                    if (twin.related(r.name()).isEmpty() && twinUnknown != null) {
                        az.unknownRelationDerived(r.name(), ZoneIdentity.sameReason(model, az.id(), other)
                                + ", whose " + r.name() + " is unknown: " + twinUnknown);
                    } else if (!twin.related(r.name()).isEmpty()) {
                        az.unknownRelationDerived(r.name(), ZoneIdentity.sameReason(model, az.id(), other) + ", which has "
                                + r.name() + " " + String.join(", ", List.copyOf(twin.related(r.name()))
                                        .subList(0, Math.min(3, twin.related(r.name()).size())))
                                + (twin.related(r.name()).size() > 3 ? ", ..." : ""));
                    }
                }
            }
        }
    }
}
