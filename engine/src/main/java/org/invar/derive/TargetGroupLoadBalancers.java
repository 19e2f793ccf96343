package org.invar.derive;

import java.util.HashMap;
import java.util.Map;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;

/**
 * {@code target_group.load_balancer} and its inverse {@code load_balancer.target_group}: the
 * load balancers that forward to a target group, through their listeners
 * ({@code listener.load_balancer} and {@code listener.target_group}, which holds the target
 * groups of the listener's default actions and of its rules).
 *
 * <p>Rules ask which load balancer a service or a target sits behind; the facts say so only
 * through a listener in between.
 *
 * <p>Unknowns: a load balancer whose {@code listener} relation is unknown, or with a listener
 * whose {@code target_group} is unknown, has an unknown {@code target_group} (the known ones are
 * kept); a target group named by a listener whose {@code load_balancer} is unknown has an
 * unknown {@code load_balancer}. A listener that forwards but names no load balancer, its
 * {@code load_balancer} unknown (an imported listener no input exports), may be any load
 * balancer's: every load balancer's {@code target_group} is unknown. A link made only by listeners whose existence is unknown (a
 * conditional listener) is derived, but the relation on both sides is marked unknown with the
 * reason ({@code listener L may not exist (...)}), since the edge may not be there.
 */
public final class TargetGroupLoadBalancers {
    private TargetGroupLoadBalancers() {
    }

    static boolean applies(ModelBuilder model) {
        return Fields.present(model.schema(), "listener.load_balancer", "listener.target_group",
                "load_balancer.listener", "load_balancer.target_group", "target_group.load_balancer");
    }

    static void apply(ModelBuilder model) {
        Forwarding forwarding = Forwarding.of(model);
        Graph.Link tgLb = Graph.link(model.schema(), "target_group", "load_balancer", "target_group");
        Map<String, Reasons.Causes> lbUnknown = new HashMap<>();
        Map<String, Reasons.Causes> tgUnknown = new HashMap<>();
        forwarding.links().forEach((lbId, byTg) -> {
            EntityBuilder lb = model.find("load_balancer", lbId).orElseThrow();
            byTg.forEach((tgId, maybe) -> {
                EntityBuilder tg = model.find("target_group", tgId).orElseThrow();
                tgLb.relate(tg, lb);
                if (maybe != null) {
                    lbUnknown.computeIfAbsent(lbId, k -> new Reasons.Causes()).add(maybe);
                    tgUnknown.computeIfAbsent(tgId, k -> new Reasons.Causes()).add(maybe);
                }
            });
        });
        for (EntityBuilder lb : model.entities("load_balancer")) {
            Reasons.Causes c = lbUnknown.computeIfAbsent(lb.id(), k -> new Reasons.Causes());
            c.add(forwarding.unknownTargetGroups(lb));
            if (!c.isEmpty()) {
                lb.unknownRelation("target_group", c.reason());
            }
        }
        for (EntityBuilder tg : model.entities("target_group")) {
            Reasons.Causes c = tgUnknown.computeIfAbsent(tg.id(), k -> new Reasons.Causes());
            c.add(forwarding.unknownLoadBalancers(tg));
            if (!c.isEmpty()) {
                tg.unknownRelation("load_balancer", c.reason());
            }
        }
    }
}
