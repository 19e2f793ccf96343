package org.invar.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;
import org.invar.model.Value;

/**
 * Predicted targets: the targets a static model (a template, a plan) can count on once the
 * ECS services and Auto Scaling groups registered in a target group have placed their tasks and
 * instances.
 *
 * <p>Live, the adapter reads a target group's targets and their health. Before deploy there
 * are none, yet the per-AZ question ({@code every az with alb_node has healthy_targets >= 1})
 * is best answered then. So for each target group without live targets, for each ECS service in
 * {@code target_group.ecs_service} and each Auto Scaling group in
 * {@code target_group.auto_scaling_group}, for each AZ it places in, this derives
 * {@code floor(desired / number of AZs)} targets (the guaranteed minimum, see {@link Spread})
 * with:
 * <ul>
 *   <li>id {@code <target group id>/<service or group id>/<az id>/<n>}, n from 1;</li>
 *   <li>{@code health = "predicted"}, relations {@code target_group} and {@code az} (so
 *       {@code target_group.target} and {@code az.target} hold them too);</li>
 *   <li>the origin of the service or group, and its existence (or the target group's) when
 *       that is unknown.</li>
 * </ul>
 *
 * <p>Nothing is predicted:
 * <ul>
 *   <li>for a target group that already has targets from the adapter (any target this
 *       derivation did not predict), or whose {@code target} relation is unknown (a live read
 *       that failed): those are facts;</li>
 *   <li>for a live service (one with a {@code running_count} or tasks) or a live group (one
 *       with instances): its real targets, even none, are facts, and predicting would hide an
 *       outage;</li>
 *   <li>when the count or the AZs are unknown: no target is invented. Instead the target group
 *       is recorded as unknown in the AZs concerned, with the reason (such as
 *       {@code ecs_service metadata: desired_count is unknown (parameter ServiceCount has no
 *       value)}), and {@link HealthyTargets} makes the counts there unknown.</li>
 * </ul>
 *
 * <p>Running it again on the same facts changes nothing: targets predicted before are
 * recognised (health {@code predicted} and an id under the target group's) and replaced, and
 * those that no longer follow are removed. Targets an adapter gives, even with health
 * {@code predicted} (targets a template registers itself), are never removed and count as
 * the target group's targets.
 */
public final class PredictedTargets {
    static final String PREDICTED = "predicted";

    private PredictedTargets() {
    }

    static boolean applies(ModelBuilder model) {
        return Fields.present(model.schema(), "target_group.target", "target.target_group", "target.az",
                "target.health", "az.target");
    }

    /** Derives the targets; returns the target groups whose predicted targets are unknown, and why. */
    static Unpredicted apply(ModelBuilder model, ZoneIdentity identity) {
        boolean services = Fields.present(model.schema(), "target_group.ecs_service", "ecs_service.desired_count",
                "ecs_service.subnet", "subnet.az");
        boolean groups = Fields.present(model.schema(), "target_group.auto_scaling_group",
                "auto_scaling_group.desired_capacity", "auto_scaling_group.min_size", "auto_scaling_group.az",
                "auto_scaling_group.subnet");
        List<String> owners = new ArrayList<>();
        if (services) {
            owners.add("ecs_service");
        }
        if (groups) {
            owners.add("auto_scaling_group");
        }
        Unpredicted unpredicted = new Unpredicted();
        Links links = new Links(Graph.link(model.schema(), "target", "target_group", "target"),
                Graph.link(model.schema(), "target", "az", "target"));
        for (EntityBuilder tg : model.entities("target_group")) {
            List<EntityBuilder> previous = new ArrayList<>();
            boolean live = tg.inputUnknownRelation("target").isPresent();
            for (EntityBuilder target : Graph.related(model, tg, "target")) {
                if (predictedHere(model, tg, target, owners)) {
                    previous.add(target);
                } else {
                    live = true;
                }
            }
            Set<String> made = new HashSet<>();
            if (!live) {
                if (services) {
                    for (EntityBuilder service : Graph.related(model, tg, "ecs_service")) {
                        if (!Spread.liveService(service)) {
                            place(model, links, tg, Spread.ofService(model, identity, service), made, unpredicted);
                        }
                    }
                }
                if (groups) {
                    for (EntityBuilder group : Graph.related(model, tg, "auto_scaling_group")) {
                        if (!Spread.liveGroup(group)) {
                            place(model, links, tg, Spread.ofGroup(model, identity, group), made, unpredicted);
                        }
                    }
                }
            }
            for (EntityBuilder target : previous) {
                if (!made.contains(target.id())) {
                    model.remove("target", target.id());
                }
            }
        }
        return unpredicted;
    }

    /**
     * Whether this derivation made the target, on an earlier run: health {@code predicted} and
     * an id {@code <target group>/<service or group of it>/<az>/<n>}, the owner related along one
     * of {@code owners} (the relations this schema has). A template may register
     * targets with ids under its target group's too; they are not this derivation's.
     */
    private static boolean predictedHere(ModelBuilder model, EntityBuilder tg, EntityBuilder target,
                                         List<String> owners) {
        String id = target.id();
        if (!predicted(target) || !id.startsWith(tg.id() + "/")) {
            return false;
        }
        String rest = id.substring(tg.id().length() + 1);
        for (String relation : owners) {
            for (EntityBuilder owner : Graph.related(model, tg, relation)) {
                if (rest.startsWith(owner.id() + "/")) {
                    String azAndN = rest.substring(owner.id().length() + 1);
                    int slash = azAndN.lastIndexOf('/');
                    if (slash > 0 && model.find("az", azAndN.substring(0, slash)).isPresent()
                            && azAndN.substring(slash + 1).chars().allMatch(Character::isDigit)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean predicted(EntityBuilder target) {
        return target.attribute("health").orElse(null) instanceof Value.Str s && s.value().equals(PREDICTED);
    }

    private record Links(Graph.Link targetGroup, Graph.Link az) {
    }

    private static void place(ModelBuilder model, Links links, EntityBuilder tg, Spread spread, Set<String> made,
                              Unpredicted unpredicted) {
        if (spread.unknown() != null) {
            unpredicted.add(tg.id(), spread);
            // The targets it would place are not known: not none. A count of them is unknown,
            // in the target group and in the zones concerned.
            tg.unknownRelationDerived("target", spread.unknown());
            for (EntityBuilder az : model.entities("az")) {
                if (spread.unknownIn(az.id()) && az.unknownRelation("target").isEmpty()) {
                    az.unknownRelationDerived("target", spread.unknown());
                }
            }
            return;
        }
        EntityBuilder owner = spread.owner();
        String existence = owner.existenceUnknown().map(r -> Reasons.mayNotExist(owner, r))
                .or(() -> tg.existenceUnknown().map(r -> Reasons.mayNotExist(tg, r))).orElse(null);
        for (String azId : spread.azs()) {
            EntityBuilder az = model.find("az", azId).orElseThrow();
            for (long n = 1; n <= spread.perAz(); n++) {
                EntityBuilder target = model.derivedEntity("target",
                        tg.id() + "/" + owner.id() + "/" + azId + "/" + n);
                made.add(target.id());
                target.origin(owner.origin());
                target.existenceUnknown(existence);
                target.setDerived("health", Value.of(PREDICTED));
                links.targetGroup().relate(target, tg);
                links.az().relate(target, az);
            }
        }
    }

    /** Target groups whose predicted targets are not known, with the spreads that are not. */
    static final class Unpredicted {
        static final Unpredicted NONE = new Unpredicted();

        private final Map<String, List<Spread>> byTargetGroup = new HashMap<>();

        private void add(String tg, Spread spread) {
            byTargetGroup.computeIfAbsent(tg, k -> new ArrayList<>()).add(spread);
        }

        /** Whether some of the target group's predicted targets are unknown. */
        boolean any(String tg) {
            return byTargetGroup.containsKey(tg);
        }

        /** The zones where some of the target group's predicted targets are unknown (apart from anywhere). */
        java.util.Set<String> zones(String tg) {
            java.util.Set<String> zones = new java.util.TreeSet<>();
            for (Spread s : byTargetGroup.getOrDefault(tg, List.of())) {
                zones.addAll(s.azs());
            }
            return zones;
        }

        /** Adds to {@code causes} why the target group's predicted targets in the AZ are unknown. */
        void reasons(String tg, String az, Reasons.Causes causes) {
            for (Spread s : byTargetGroup.getOrDefault(tg, List.of())) {
                if (s.unknownIn(az)) {
                    causes.add(s.unknown());
                }
            }
        }
    }
}
