package org.invar.derive;

import org.invar.model.ModelBuilder;

/**
 * The engine's derived facts, computed once, in the engine, for every adapter, on the
 * {@link ModelBuilder} before it freezes ({@link ModelBuilder#build()} calls {@link #apply}).
 * So a CloudFormation template, a Terraform plan and a live account agree on what is derived.
 *
 * <p>The derivations, in the order they run (each reads what the ones before it derived):
 * <ol>
 *   <li>{@link SymbolicZones}: a zone for each subnet whose zone is not known, and which of
 *       them are known to differ ({@link ZoneIdentity} tells the others);</li>
 *   <li>{@link LoadBalancerNodes}: {@code load_balancer.az}, the {@code lb_node}s,
 *       {@code az.lb_node}, {@code az.alb_node};</li>
 *   <li>{@link TargetGroupLoadBalancers}: {@code target_group.load_balancer} and
 *       {@code load_balancer.target_group};</li>
 *   <li>{@link EcsServiceLoadBalancers}: {@code ecs_service.load_balancer};</li>
 *   <li>{@link EcsServiceZones}: {@code ecs_service.az} and {@code ecs_service.az_count}, from its
 *       subnets and its capacity providers' Auto Scaling groups ({@link ServiceZones});</li>
 *   <li>{@link AutoScalingGroupZones}: {@code auto_scaling_group.az} from its subnets;</li>
 *   <li>{@link SubnetDefaultRoutes}: {@code subnet.default_route_target} and
 *       {@code subnet.is_public};</li>
 *   <li>{@link PredictedTargets}: the {@code predicted} targets of static models;</li>
 *   <li>{@link RunningTasks}: {@code az.running_tasks};</li>
 *   <li>{@link HealthyTargets}: {@code healthy_targets} on {@code lb_node} and {@code az};</li>
 *   <li>{@link ZoneBlur}: a zone that may be another one may hold what that one holds.</li>
 * </ol>
 *
 * <p>A derivation whose kinds or fields are not in the builder's schema (a custom schema) is
 * skipped. Derived values are set, not added to: applying again to the same facts gives the
 * same model (relations are sets, derived entities keep their ids, predicted targets are
 * recognised and replaced). When the facts change between two builds of one builder, derived
 * attributes and derived entities ({@code lb_node}s, predicted targets) follow, but derived
 * edges between the adapter's entities ({@code load_balancer.az}, {@code target_group.load_balancer},
 * ...) and relations marked unknown are only ever added: the builder offers no way to take one
 * back. Build a fresh builder when facts are removed.
 *
 * <p>Unknown is a value here as everywhere: a derived fact that depends on something unknown is
 * unknown, with a reason naming the entity and the cause, and never a guess.
 */
public final class Derivations {
    private Derivations() {
    }

    public static void apply(ModelBuilder model) {
        model.clearDerivedUnknowns();
        if (SymbolicZones.applies(model)) {
            SymbolicZones.apply(model);
        }
        ZoneIdentity identity = ZoneIdentity.of(model);
        if (LoadBalancerNodes.applies(model)) {
            LoadBalancerNodes.apply(model, identity);
        }
        if (TargetGroupLoadBalancers.applies(model)) {
            TargetGroupLoadBalancers.apply(model);
        }
        if (EcsServiceLoadBalancers.applies(model)) {
            EcsServiceLoadBalancers.apply(model);
        }
        if (EcsServiceZones.applies(model)) {
            EcsServiceZones.apply(model, identity);
        }
        if (AutoScalingGroupZones.applies(model)) {
            AutoScalingGroupZones.apply(model, identity);
        }
        if (SubnetDefaultRoutes.applies(model)) {
            SubnetDefaultRoutes.apply(model);
        }
        PredictedTargets.Unpredicted unpredicted = PredictedTargets.applies(model)
                ? PredictedTargets.apply(model, identity) : PredictedTargets.Unpredicted.NONE;
        if (RunningTasks.applies(model)) {
            RunningTasks.apply(model, identity);
        }
        if (HealthyTargets.applies(model)) {
            HealthyTargets.apply(model, identity, unpredicted);
        }
        if (Fields.present(model.schema(), "az")) {
            ZoneBlur.apply(model, identity);
        }
    }
}
