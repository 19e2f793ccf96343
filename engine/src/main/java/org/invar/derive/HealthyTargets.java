package org.invar.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;
import org.invar.model.Value;

/**
 * {@code healthy_targets} on {@code lb_node} and on {@code az}: the targets that can serve in an
 * AZ, the fact behind {@code every az with alb_node has healthy_targets >= 1}.
 *
 * <ul>
 *   <li>On an {@code lb_node}: the number of targets in the node's AZ ({@code target.az}) whose
 *       {@code health} is {@code healthy} (live) or {@code predicted} (static, see
 *       {@link PredictedTargets}), in the target groups the node's load balancer forwards to
 *       ({@code load_balancer.target_group}, through its listeners).</li>
 *   <li>On an {@code az}: the same over every load balancer with a node in that AZ, each target
 *       counted once even when several load balancers forward to it. An AZ without a node has
 *       0.</li>
 * </ul>
 *
 * <p>Cross-zone load balancing: a node with {@code cross_zone} on also sends traffic to targets
 * in other AZs. {@code healthy_targets} still counts only the targets in the node's own AZ,
 * whatever {@code cross_zone} says: the invariant is about the AZ (whether it can serve on its
 * own when the others fail, and whether clients that resolve this node reach a target nearby).
 * A rule that credits cross-zone can say so: {@code ... has healthy_targets >= 1 or
 * load_balancer.cross_zone == true}.
 *
 * <p>Unknown is a value, and a count is unknown exactly when what is not known could change
 * it. The reason names the entity and the cause, such as {@code ecs_service metadata:
 * desired_count is unknown (parameter ServiceCount has no value)}. A count is unknown when:
 * <ul>
 *   <li>a target group it covers has unknown predicted targets in the AZ (an unknown
 *       {@code desired_count}, a service whose subnets' AZs are unknown) or an unknown
 *       {@code target} relation;</li>
 *   <li>the load balancer's target groups are unknown (an unknown {@code listener} relation, a
 *       listener whose {@code target_group} is unknown, a forwarding listener whose
 *       {@code load_balancer} is unknown and names none, which may be this one's);</li>
 *   <li>a target that would count may not: its {@code health} or AZ is unknown or missing (an
 *       unknown AZ may be this one), or its existence is unknown, or the only listeners that
 *       lead to its target group may not exist;</li>
 *   <li>(on an {@code az}) a target that would count is reached only through a load balancer
 *       whose existence is unknown, or through one that may have a node in this AZ (a subnet
 *       whose AZ is unknown, see {@link LoadBalancerNodes}). A target that such an uncertain
 *       path reaches but a certain one also reaches counts, and does not make the count
 *       unknown.</li>
 * </ul>
 */
public final class HealthyTargets {
    static final String HEALTHY = "healthy";

    private HealthyTargets() {
    }

    static boolean applies(ModelBuilder model) {
        return Fields.present(model.schema(), "lb_node.healthy_targets", "az.healthy_targets",
                "lb_node.load_balancer", "lb_node.az", "az.lb_node", "listener.load_balancer",
                "listener.target_group", "target_group.target", "target.health", "target.az");
    }

    static void apply(ModelBuilder model, ZoneIdentity identity, PredictedTargets.Unpredicted unpredicted) {
        Forwarding forwarding = Forwarding.of(model);
        Map<String, Candidates> index = new HashMap<>();
        Counting counting = new Counting(model, identity, forwarding, unpredicted, index);

        for (EntityBuilder node : model.entities("lb_node")) {
            EntityBuilder lb = Graph.one(model, node, "load_balancer");
            EntityBuilder az = Graph.one(model, node, "az");
            if (az == null) {
                continue; // a node in an AZ that is not known: LoadBalancerNodes made its count unknown
            }
            Counter c = new Counter();
            if (lb != null) {
                counting.add(c, lb, az.id(), (Supplier<String>) null);
            }
            node.setDerived("healthy_targets", c.value());
        }

        List<EntityBuilder> hidden = new ArrayList<>();
        for (EntityBuilder lb : model.entities("load_balancer")) {
            if (lb.unknownRelation("lb_node").isPresent()) {
                hidden.add(lb);
            }
        }
        // The zones with a node of a load balancer that could add to a count: only those matter
        // to a zone that may be one of them.
        List<String> zonesWithNodes = new ArrayList<>();
        if (!identity.isEmpty()) {
            Map<String, Boolean> adds = new HashMap<>();
            for (EntityBuilder az : model.entities("az")) {
                for (EntityBuilder node : Graph.related(model, az, "lb_node")) {
                    EntityBuilder lb = Graph.one(model, node, "load_balancer");
                    if (lb != null && adds.computeIfAbsent(lb.id(), id -> counting.mayAdd(lb))) {
                        zonesWithNodes.add(az.id());
                        break;
                    }
                }
            }
        }
        for (EntityBuilder az : model.entities("az")) {
            Counter c = new Counter();
            Set<String> here = new HashSet<>();
            for (EntityBuilder node : Graph.related(model, az, "lb_node")) {
                EntityBuilder lb = Graph.one(model, node, "load_balancer");
                if (lb != null && here.add(lb.id())) {
                    String exists = lb.existenceUnknown().map(r -> Reasons.mayNotExist(lb, r)).orElse(null);
                    counting.add(c, lb, az.id(), exists == null ? null : () -> exists);
                }
            }
            // The nodes of a zone this one may be: until the count is undecided, which one does.
            for (String other : identity.among(az.id(), zonesWithNodes)) {
                for (EntityBuilder node : Graph.related(model, model.find("az", other).orElseThrow(), "lb_node")) {
                    EntityBuilder lb = Graph.one(model, node, "load_balancer");
                    if (lb != null && !here.contains(lb.id()) && !c.undecided()) {
                        counting.add(c, lb, az.id(), () -> Reasons.name(lb) + " may have a node here: "
                                + ZoneIdentity.sameReason(model, az.id(), other));
                    }
                }
                if (c.undecided()) {
                    break;
                }
            }
            for (EntityBuilder lb : hidden) {
                if (!here.contains(lb.id()) && Regions.mayHoldNode(model, lb, az)) {
                    counting.add(c, lb, az.id(), () -> Reasons.name(lb) + " may have a node here: "
                            + lb.unknownRelation("lb_node").orElseThrow());
                }
            }
            az.setDerived("healthy_targets", c.value());
        }
    }

    /** Adds a load balancer's targets in an AZ to a count. */
    private record Counting(ModelBuilder model, ZoneIdentity identity, Forwarding forwarding,
                            PredictedTargets.Unpredicted unpredicted, Map<String, Candidates> index) {
        /**
         * Whether a load balancer could add anything to a count in some zone: it forwards to target
         * groups that are unknown, or that have or may have targets.
         */
        boolean mayAdd(EntityBuilder lb) {
            if (forwarding.unknownTargetGroups(lb) != null) {
                return true;
            }
            for (String tgId : forwarding.targetGroups(lb.id()).keySet()) {
                EntityBuilder tg = model.find("target_group", tgId).orElseThrow();
                Candidates candidates = index.computeIfAbsent(tg.id(), id -> Candidates.of(model, tg));
                if (candidates.unknown != null || !candidates.byAz.isEmpty() || !candidates.anywhere.isEmpty()
                        || unpredicted.any(tg.id())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * @param via null when the load balancer certainly serves the AZ, else why it may not
         *     (worded only when it is needed: a zone may be another of thousands)
         */
        void add(Counter c, EntityBuilder lb, String az, Supplier<String> via) {
            c.others.add(forwarding.unknownTargetGroups(lb));
            for (Map.Entry<String, String> link : forwarding.targetGroups(lb.id()).entrySet()) {
                EntityBuilder tg = model.find("target_group", link.getKey()).orElseThrow();
                String linkReason = link.getValue();
                Candidates candidates = index.computeIfAbsent(tg.id(), id -> Candidates.of(model, tg));
                c.others.add(candidates.unknown);
                unpredicted.reasons(tg.id(), az, c.others);
                for (Candidate k : candidates.byAz.getOrDefault(az, List.of())) {
                    if (k.reason == null && via == null && linkReason == null) {
                        c.certain.add(k.id);
                    } else {
                        c.possible(k.id, k.reason != null ? k.reason : via != null ? via.get() : linkReason);
                    }
                }
                for (Candidate k : candidates.anywhere) {
                    c.possible(k.id, k.reason);
                }
                if (identity.isEmpty()) {
                    continue; // no zone may be another: nothing more to look for, nothing to allocate
                }
                // A zone that may be another one may also hold that one's targets.
                for (String other : identity.among(az, unpredicted.zones(tg.id()))) {
                    unpredicted.reasons(tg.id(), other, c.others);
                }
                String twin = identity.firstAmong(az, candidates.byAz.keySet());
                if (twin != null) {
                    Candidate k = candidates.byAz.get(twin).get(0);
                    c.possible(k.id, ZoneIdentity.sameReason(model, az, twin) + ", where target_group " + tg.id()
                            + " has a target");
                }
            }
        }
    }

    /** A target that counts, or may (with the reason it may not). */
    private record Candidate(String id, String reason) {
    }

    /** The targets of a target group that count or may, by AZ. */
    private static final class Candidates {
        final Map<String, List<Candidate>> byAz = new java.util.TreeMap<>();
        final List<Candidate> anywhere = new ArrayList<>();
        String unknown;

        static Candidates of(ModelBuilder model, EntityBuilder tg) {
            Candidates c = new Candidates();
            c.unknown = tg.inputUnknownRelation("target").map(r -> Reasons.unknown(tg, "target", r)).orElse(null);
            for (EntityBuilder target : Graph.related(model, tg, "target")) {
                Value health = target.attribute("health").orElse(null);
                String reason = null;
                if (health instanceof Value.Str s) {
                    if (!s.value().equals(HEALTHY) && !s.value().equals(PredictedTargets.PREDICTED)) {
                        continue;
                    }
                } else {
                    reason = health instanceof Value.Unknown u ? Reasons.unknown(target, "health", u.reason())
                            : Reasons.missing(target, "health");
                }
                if (reason == null) {
                    reason = target.existenceUnknown().map(r -> Reasons.mayNotExist(target, r)).orElse(null);
                }
                List<EntityBuilder> azs = Graph.related(model, target, "az");
                if (azs.isEmpty()) {
                    String where = target.unknownRelation("az").map(r -> Reasons.unknown(target, "az", r))
                            .orElse(Reasons.missing(target, "az"));
                    c.anywhere.add(new Candidate(target.id(), where));
                }
                for (EntityBuilder az : azs) {
                    c.byAz.computeIfAbsent(az.id(), k -> new ArrayList<>()).add(new Candidate(target.id(), reason));
                }
            }
            return c;
        }
    }

    /** Distinct targets that certainly count, and those that may, with the reasons they may not. */
    private static final class Counter {
        final Set<String> certain = new HashSet<>();
        final Map<String, String> possible = new LinkedHashMap<>();
        final Reasons.Causes others = new Reasons.Causes();

        /** Whether the count is unknown already: more can only add reasons. */
        boolean undecided() {
            if (!others.isEmpty()) {
                return true;
            }
            for (String target : possible.keySet()) {
                if (!certain.contains(target)) {
                    return true;
                }
            }
            return false;
        }

        void possible(String target, String reason) {
            possible.merge(target, reason, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }

        Value value() {
            Reasons.Causes causes = new Reasons.Causes();
            causes.addAll(others);
            possible.forEach((target, reason) -> {
                if (!certain.contains(target)) {
                    causes.add(reason);
                }
            });
            return causes.isEmpty() ? Value.of((long) certain.size()) : causes.unknown();
        }
    }
}
