package org.invar.derive;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;

/**
 * Which target groups each load balancer forwards to, through its listeners
 * ({@code listener.load_balancer}, {@code listener.target_group}; listener rules are folded into
 * {@code listener.target_group} by the adapters), and how sure that is.
 *
 * <p>A link is certain when a listener whose existence is known makes it; a link made only by
 * listeners whose existence is unknown (a CloudFormation condition) carries the reason. A load
 * balancer whose listeners, or a listener's target groups, are unknown has an unknown set of
 * target groups; a target group named by a listener whose load balancer is unknown has an
 * unknown set of load balancers. A listener whose load balancer is unknown and names none (an
 * import no input exports) may be any load balancer's: every load balancer's set of target
 * groups is then unknown when that listener forwards anywhere, since counting its targets as
 * nobody's would report a zone without targets that may have them.
 */
final class Forwarding {
    /** Load balancer id to target group id to null (certain) or why the link may not exist. */
    private final Map<String, Map<String, String>> links = new LinkedHashMap<>();
    private final Map<String, Reasons.Causes> unknownTargetGroups = new HashMap<>();
    private final Map<String, Reasons.Causes> unknownLoadBalancers = new HashMap<>();
    /** Why any load balancer may forward to more target groups: listeners that may be anyone's. */
    private final Reasons.Causes anyLoadBalancer = new Reasons.Causes();

    private Forwarding() {
    }

    static Forwarding of(ModelBuilder model) {
        Forwarding f = new Forwarding();
        for (EntityBuilder lb : model.entities("load_balancer")) {
            lb.unknownRelation("listener").ifPresent(r -> f.unknownTargetGroups(lb.id()).add(
                    Reasons.unknown(lb, "listener", r)));
        }
        for (EntityBuilder listener : model.entities("listener")) {
            String maybe = listener.existenceUnknown().map(r -> Reasons.mayNotExist(listener, r)).orElse(null);
            var lbs = Graph.related(model, listener, "load_balancer");
            var tgs = Graph.related(model, listener, "target_group");
            for (EntityBuilder lb : lbs) {
                Map<String, String> byTg = f.links.computeIfAbsent(lb.id(), k -> new LinkedHashMap<>());
                for (EntityBuilder tg : tgs) {
                    if (maybe == null || !byTg.containsKey(tg.id())) {
                        byTg.put(tg.id(), maybe);
                    } else {
                        String previous = byTg.get(tg.id());
                        if (previous != null && maybe.compareTo(previous) < 0) {
                            byTg.put(tg.id(), maybe);
                        }
                    }
                }
                listener.unknownRelation("target_group").ifPresent(r -> f.unknownTargetGroups(lb.id()).add(
                        Reasons.unknown(listener, "target_group", r)));
            }
            listener.unknownRelation("load_balancer").ifPresent(r -> {
                boolean forwards = !tgs.isEmpty() || listener.unknownRelation("target_group").isPresent();
                if (lbs.isEmpty() && forwards) {
                    f.anyLoadBalancer.add(Reasons.unknown(listener, "load_balancer", r));
                }
                for (EntityBuilder tg : tgs) {
                    f.unknownLoadBalancers.computeIfAbsent(tg.id(), k -> new Reasons.Causes()).add(
                            Reasons.unknown(listener, "load_balancer", r));
                }
            });
        }
        return f;
    }

    private Reasons.Causes unknownTargetGroups(String lb) {
        return unknownTargetGroups.computeIfAbsent(lb, k -> new Reasons.Causes());
    }

    /** Target group ids the load balancer forwards to, each with null (certain) or why it may not. */
    Map<String, String> targetGroups(String lb) {
        return links.getOrDefault(lb, Map.of());
    }

    /** Why the load balancer may forward to target groups not listed, or null. */
    String unknownTargetGroups(EntityBuilder lb) {
        Reasons.Causes c = unknownTargetGroups.get(lb.id());
        if (anyLoadBalancer.isEmpty()) {
            return c == null ? null : c.reason();
        }
        Reasons.Causes all = new Reasons.Causes();
        all.addAll(anyLoadBalancer);
        if (c != null) {
            all.addAll(c);
        }
        return all.reason();
    }

    /** Why the target group may have load balancers not listed, or null. */
    String unknownLoadBalancers(EntityBuilder tg) {
        Reasons.Causes c = unknownLoadBalancers.get(tg.id());
        return c == null ? null : c.reason();
    }

    Map<String, Map<String, String>> links() {
        return links;
    }
}
