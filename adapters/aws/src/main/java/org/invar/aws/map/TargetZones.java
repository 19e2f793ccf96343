package org.invar.aws.map;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.invar.aws.scan.ScanScope;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;

/**
 * The zone(s) a registered target serves in, which {@code healthy_targets} counts per zone:
 * <ul>
 *   <li>an instance target: the instance's zone;</li>
 *   <li>an IP target: the zone it was registered with, else the zone of the ECS task with that
 *       private IP, else the zone of the target group VPC's subnet whose CIDR holds the IP;</li>
 *   <li>an IP registered for {@code all} zones, a Lambda function, or an ALB target of a
 *       network load balancer: every zone of the load balancers in front of it (of the target
 *       ALB), since it serves each of them.</li>
 * </ul>
 * When none applies the zone is unknown, with the reason (the failed call, or what is missing).
 */
final class TargetZones {
    private static final String ALL = "all";

    /** The zones found, or why there are none. */
    record Found(Set<String> zones, String unknown) {
    }

    private final MappingContext ctx;
    private final ScanScope scope;

    TargetZones(MappingContext ctx, ScanScope scope) {
        this.ctx = ctx;
        this.scope = scope;
    }

    Found of(TargetGroup tg, TargetDescription target) {
        String type = tg.targetTypeAsString();
        String id = target.id();
        if ("instance".equals(type)) {
            return ctx.network.instanceZone(id).map(z -> one(z)).orElseGet(() -> missing("instance", "instance " + id
                    + " is not among the instances ec2:DescribeInstances listed " + scope.where()));
        }
        if ("lambda".equals(type)) {
            return everyZoneOf(tg.loadBalancerArns(), "lambda function " + id);
        }
        if ("alb".equals(type)) {
            return everyZoneOf(List.of(id), "load balancer " + id);
        }
        String given = target.availabilityZone();
        if (ALL.equals(given)) {
            return everyZoneOf(tg.loadBalancerArns(), "IP target " + id + " registered for all zones");
        }
        if (given != null) {
            return one(ctx.zones.zone(scope, given));
        }
        var task = ctx.network.taskZone(scope.account() + " " + scope.region(), id);
        if (task.isPresent()) {
            return one(task.get());
        }
        var subnet = ctx.network.subnetHolding(tg.vpcId(), id).flatMap(ctx.network::subnetZone);
        return subnet.map(this::one).orElseGet(() -> missing("subnet", "no subnet of " + tg.vpcId() + " holds " + id));
    }

    private Found everyZoneOf(List<String> loadBalancers, String what) {
        Set<String> zones = new LinkedHashSet<>();
        loadBalancers.forEach(lb -> zones.addAll(ctx.network.loadBalancerZones(lb)));
        if (zones.isEmpty()) {
            return missing("load_balancer", what + " serves the zones of its load balancers, and none is known");
        }
        return new Found(zones, null);
    }

    private Found one(String zone) {
        return new Found(Set.of(zone), null);
    }

    // When the listing that would have placed the target failed, its reason is the better one.
    private Found missing(String kind, String otherwise) {
        return new Found(Set.of(), ctx.failedListing(scope, kind).orElse(otherwise));
    }
}
