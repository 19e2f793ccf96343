package org.invar.derive;

import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;

/**
 * {@code ecs_service.load_balancer}: the load balancers in front of a service, that is the
 * load balancers of its target groups ({@code ecs_service.target_group}, then
 * {@code target_group.load_balancer} as {@link TargetGroupLoadBalancers} derives it, so it runs
 * after that).
 *
 * <p>It lets rules single out services that take traffic from a load balancer
 * ({@code every ecs_service with load_balancer has ...}).
 *
 * <p>When the service's target groups are unknown, or a target group's load balancers are
 * unknown, the relation is unknown with that reason; the known load balancers are kept.
 */
public final class EcsServiceLoadBalancers {
    private EcsServiceLoadBalancers() {
    }

    static boolean applies(ModelBuilder model) {
        return Fields.present(model.schema(), "ecs_service.target_group", "ecs_service.load_balancer",
                "target_group.load_balancer");
    }

    static void apply(ModelBuilder model) {
        for (EntityBuilder service : model.entities("ecs_service")) {
            Reasons.Causes causes = new Reasons.Causes();
            service.unknownRelation("target_group").ifPresent(r -> causes.add(
                    Reasons.unknown(service, "target_group", r)));
            for (EntityBuilder tg : Graph.related(model, service, "target_group")) {
                for (EntityBuilder lb : Graph.related(model, tg, "load_balancer")) {
                    service.relateDerived("load_balancer", lb.id());
                }
                tg.unknownRelation("load_balancer").ifPresent(r -> causes.add(
                        Reasons.unknown(tg, "load_balancer", r)));
            }
            if (!causes.isEmpty()) {
                service.unknownRelation("load_balancer", causes.reason());
            }
        }
    }
}
