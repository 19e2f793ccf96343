package org.invar.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;
import org.invar.model.Value;

/**
 * The zones an ECS service's tasks may run in: its subnets' zones, bounded by the zones of the
 * Auto Scaling groups of the capacity providers that place it.
 *
 * <p>The capacity provider strategy is the service's own; when it has none and no launch type,
 * its cluster's default strategy (ECS uses the cluster's default then). The providers that place
 * tasks are those of the items with {@code weight > 0} or {@code base > 0} (all of the items when
 * none has either: ECS rejects such a strategy, and a model of it should not look placed
 * nowhere). {@code FARGATE} and {@code FARGATE_SPOT} place tasks in the service's subnets; any
 * other provider places them on the instances of its Auto Scaling group, in the group's zones
 * ({@code capacity_provider.auto_scaling_group}, then the group's subnets, else its {@code az}).
 *
 * <ul>
 *   <li>awsvpc networking (the service has subnets): a task runs in one of its subnets on an
 *       instance of a provider's group, so the zones are the subnets' zones that are also zones of
 *       the groups. A subnet zone that is not one of the groups' is not a zone of the service,
 *       unless it may be the same zone as one of them (a symbolic zone): then whether it is one
 *       is not known, and the set is incomplete with that reason.</li>
 *   <li>bridge or host networking (no subnets): the union of the groups' zones.</li>
 *   <li>Without a strategy (a launch type, or no cluster strategy): the subnets' zones, as
 *       {@link Zones#ofSubnets}.</li>
 * </ul>
 *
 * <p>Whatever is not known leaves the set incomplete ({@link Zones#unknown()}) with a reason
 * naming the strategy item, provider or group concerned: an unknown strategy, weight, provider
 * or provider-to-group link, a provider or group not in the model, a group without zones, an
 * unknown launch type when the cluster has a default strategy. The zones known are kept.
 *
 * @param zones the zones, their subnets (awsvpc) and why the set may be incomplete
 * @param split why how many tasks each zone is guaranteed is not known from the zones alone:
 *     the tasks are shared between providers whose groups are in different zones, by weight and
 *     base, so each zone's share depends on the split (see {@link Spread}); null when one zone set
 *     places them all
 */
record ServiceZones(Zones zones, String split) {
    static final Set<String> FARGATE = Set.of("FARGATE", "FARGATE_SPOT");

    static ServiceZones of(ModelBuilder model, ZoneIdentity identity, EntityBuilder service) {
        Zones subnets = Zones.ofSubnets(model, identity, service, "subnet");
        Strategy strategy = strategy(model, service);
        if (strategy == null) {
            return new ServiceZones(subnets, null);
        }
        Reasons.Causes causes = new Reasons.Causes();
        causes.add(strategy.unknown());
        List<Set<String>> groups = new ArrayList<>();
        boolean fargate = false;
        for (EntityBuilder item : active(strategy.items(), causes)) {
            EntityBuilder provider = one(model, item, "capacity_provider", causes);
            if (provider == null) {
                continue;
            }
            if (fargate(provider)) {
                fargate = true;
                continue;
            }
            EntityBuilder group = one(model, provider, "auto_scaling_group", causes);
            if (group != null) {
                Zones zones = Zones.direct(model, identity, group, "az", "subnet");
                if (!zones.hasSubnets()) {
                    causes.add(Reasons.name(group) + " has no az or subnet in the model, so the zones of "
                            + Reasons.name(provider) + " are not known");
                }
                causes.add(zones.unknown());
                groups.add(zones.azs());
            }
        }
        if (groups.isEmpty() && causes.isEmpty()) {
            return new ServiceZones(subnets, null); // Fargate only: its subnets
        }
        if (fargate) {
            groups.add(subnets.azs());
            causes.add(subnets.unknown());
        }
        Set<String> union = new LinkedHashSet<>();
        groups.forEach(union::addAll);
        Map<String, List<String>> byAz = new LinkedHashMap<>();
        if (subnets.hasSubnets()) {
            causes.add(subnets.unknown());
            for (Map.Entry<String, List<String>> e : subnets.subnets().entrySet()) {
                if (union.contains(e.getKey())) {
                    byAz.put(e.getKey(), e.getValue());
                } else {
                    String twin = identity.firstAmong(e.getKey(), union);
                    if (twin != null) {
                        causes.add(ZoneIdentity.sameReason(model, e.getKey(), twin)
                                + " of the Auto Scaling groups that place " + Reasons.name(service));
                    }
                }
            }
        } else {
            union.forEach(az -> byAz.put(az, List.of()));
        }
        Zones zones = new Zones(byAz, causes.reason(), true, Zones.same(model, identity, byAz.keySet()));
        return new ServiceZones(zones, split(service, groups, byAz.keySet()));
    }

    /** A strategy and where it came from, or why it is not known. */
    private record Strategy(List<EntityBuilder> items, String unknown) {
    }

    /** The strategy that places the service, or null when none does (a launch type, no strategy). */
    private static Strategy strategy(ModelBuilder model, EntityBuilder service) {
        List<EntityBuilder> own = Graph.related(model, service, "capacity_provider_strategy");
        String ownUnknown = service.unknownRelation("capacity_provider_strategy")
                .map(r -> Reasons.unknown(service, "capacity_provider_strategy", r)).orElse(null);
        if (!own.isEmpty() || ownUnknown != null) {
            return new Strategy(own, ownUnknown);
        }
        EntityBuilder cluster = Graph.one(model, service, "ecs_cluster");
        if (cluster == null) {
            return null;
        }
        List<EntityBuilder> items = Graph.related(model, cluster, "capacity_provider_strategy");
        String unknown = cluster.unknownRelation("capacity_provider_strategy")
                .map(r -> Reasons.unknown(cluster, "capacity_provider_strategy", r)).orElse(null);
        if (items.isEmpty() && unknown == null) {
            return null;
        }
        Value launchType = service.attribute("launch_type").orElse(null);
        if (launchType instanceof Value.Unknown u) {
            // With a launch type the default strategy is not used; without one it is.
            return new Strategy(List.of(), Reasons.unknown(service, "launch_type", u.reason()) + ", so whether "
                    + Reasons.name(cluster) + "'s default capacity provider strategy places it is not known");
        }
        // ECS reports no launch type of a service placed by a strategy as an empty one.
        boolean none = launchType == null || launchType instanceof Value.Str s && s.value().isEmpty();
        return none ? new Strategy(items, unknown) : null;
    }

    /**
     * The items that place tasks ({@code weight > 0} or {@code base > 0}); an item whose weight or
     * base is unknown may or may not, and is a cause. All items when none does.
     */
    private static List<EntityBuilder> active(List<EntityBuilder> items, Reasons.Causes causes) {
        List<EntityBuilder> out = new ArrayList<>();
        boolean unknown = false;
        for (EntityBuilder item : items) {
            Value weight = item.attribute("weight").orElse(null);
            Value base = item.attribute("base").orElse(null);
            if (positive(weight) || positive(base)) {
                out.add(item);
            } else if (weight instanceof Value.Unknown u) {
                causes.add(Reasons.unknown(item, "weight", u.reason()));
                unknown = true;
            } else if (base instanceof Value.Unknown u) {
                causes.add(Reasons.unknown(item, "base", u.reason()));
                unknown = true;
            }
        }
        return out.isEmpty() && !unknown ? items : out;
    }

    private static boolean positive(Value v) {
        return v instanceof Value.Int i && i.value() > 0;
    }

    /** The one entity a to-one relation names, or null with the cause why it is not known. */
    private static EntityBuilder one(ModelBuilder model, EntityBuilder e, String relation, Reasons.Causes causes) {
        EntityBuilder target = Graph.one(model, e, relation);
        if (target == null) {
            causes.add(e.unknownRelation(relation).map(r -> Reasons.unknown(e, relation, r))
                    .orElseGet(() -> Reasons.missing(e, relation)));
        }
        return target;
    }

    /** Whether a provider is one of AWS's Fargate providers, by id or by name. */
    static boolean fargate(EntityBuilder provider) {
        return FARGATE.contains(provider.id())
                || provider.attribute("name").orElse(null) instanceof Value.Str s && FARGATE.contains(s.value());
    }

    /** Why the zone sets of the providers differ (within the service's zones), or null. */
    private static String split(EntityBuilder service, List<Set<String>> groups, Set<String> zones) {
        Set<String> first = null;
        for (Set<String> group : groups) {
            Set<String> within = new LinkedHashSet<>(group);
            within.retainAll(zones);
            if (first == null) {
                first = within;
            } else if (!first.equals(within)) {
                return Reasons.name(service) + " shares its tasks between capacity providers whose Auto Scaling"
                        + " groups are in different zones, so how many each zone gets depends on the split";
            }
        }
        return null;
    }
}
