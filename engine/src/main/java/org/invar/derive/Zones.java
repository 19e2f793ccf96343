package org.invar.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;

/**
 * The availability zones of an entity's subnets ({@code subnet.az}): which AZs are known, with
 * the subnets in each, and why the set may be incomplete. It is incomplete when the entity's
 * subnet relation is unknown, or when a subnet's AZ is unknown (a subnet whose zone AWS picks)
 * or missing from the model: such a subnet is in some AZ, maybe one not listed.
 *
 * @param subnets the known AZ ids, each with its subnets' ids, in the order they were met
 * @param unknown why more AZs may exist than listed, or null when the set is complete
 * @param hasSubnets whether the entity names any subnet (or its subnets are unknown)
 * @param same why two of the listed zones may be one (a symbolic zone, see {@link SymbolicZones}),
 *     so that how many different zones there are is not known; null when they are all different
 */
record Zones(Map<String, List<String>> subnets, String unknown, boolean hasSubnets, String same) {

    Set<String> azs() {
        return subnets.keySet();
    }

    /** The AZs of the subnets {@code owner.relation} names. */
    static Zones ofSubnets(ModelBuilder model, ZoneIdentity identity, EntityBuilder owner, String relation) {
        Map<String, List<String>> byAz = new LinkedHashMap<>();
        Reasons.Causes causes = new Reasons.Causes();
        owner.unknownRelation(relation).ifPresent(r -> causes.add(Reasons.unknown(owner, relation, r)));
        List<EntityBuilder> subnets = Graph.related(model, owner, relation);
        for (EntityBuilder subnet : subnets) {
            List<EntityBuilder> azs = Graph.related(model, subnet, "az");
            for (EntityBuilder az : azs) {
                byAz.computeIfAbsent(az.id(), a -> new ArrayList<>()).add(subnet.id());
            }
            String unknown = subnet.unknownRelation("az").orElse(null);
            if (unknown != null) {
                causes.add(Reasons.unknown(subnet, "az", unknown));
            } else if (azs.isEmpty()) {
                causes.add(Reasons.missing(subnet, "az"));
            }
        }
        boolean hasSubnets = !subnets.isEmpty() || owner.unknownRelation(relation).isPresent();
        return new Zones(byAz, causes.reason(), hasSubnets, same(model, identity, byAz.keySet()));
    }

    /**
     * The AZs an entity names directly ({@code owner.az}) when it names any or they are
     * unknown; otherwise the AZs of its subnets. An Auto Scaling group gives either.
     */
    static Zones direct(ModelBuilder model, ZoneIdentity identity, EntityBuilder owner, String azRelation,
                        String subnetRelation) {
        if (!owner.related(subnetRelation).isEmpty() || owner.unknownRelation(subnetRelation).isPresent()) {
            return ofSubnets(model, identity, owner, subnetRelation);
        }
        List<EntityBuilder> azs = Graph.related(model, owner, azRelation);
        String unknown = owner.unknownRelation(azRelation).orElse(null);
        Map<String, List<String>> byAz = new LinkedHashMap<>();
        azs.forEach(az -> byAz.put(az.id(), List.of()));
        return new Zones(byAz, unknown == null ? null : Reasons.unknown(owner, azRelation, unknown),
                !azs.isEmpty() || unknown != null, same(model, identity, byAz.keySet()));
    }

    /** Why two of these zones may be one, or null when they are known to be all different. */
    static String same(ModelBuilder model, ZoneIdentity identity, Set<String> azs) {
        if (identity.isEmpty() || azs.size() < 2) {
            return null;
        }
        List<String> list = List.copyOf(azs);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                if (identity.mayBeSame(list.get(i), list.get(j))) {
                    return ZoneIdentity.sameReason(model, list.get(i), list.get(j));
                }
            }
        }
        return null;
    }

    /**
     * How many different zones there are at least: all of them when they are known to differ,
     * else one (when there is any).
     */
    int atLeast() {
        return same == null ? subnets.size() : Math.min(1, subnets.size());
    }
}
