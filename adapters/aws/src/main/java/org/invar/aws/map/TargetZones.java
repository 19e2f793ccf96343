package org.invar.aws.map;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.invar.aws.scan.ScanScope;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;

/**
 * The zone(s) a registered target serves in, which {@code healthy_targets} counts per zone:
 * <ul>
 *   <li>an instance target: the instance's zone;</li>
 *   <li>an IP target: the zone it was registered with; else the zone of the subnet of the network
 *       interface that holds the IP, as an ECS task's attachment names it, else as
 *       DescribeNetworkInterfaces does (both in the target group's VPC); else the zone of the
 *       target group VPC's subnet whose CIDR holds the IP. The interface goes first because it
 *       is what holds the address: an emulator may give a task an address outside its subnet's
 *       CIDR, and a CIDR alone could then place it in no zone, or the wrong one;</li>
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
    private final InterfaceAddresses interfaces;

    TargetZones(MappingContext ctx, ScanScope scope, InterfaceAddresses interfaces) {
        this.ctx = ctx;
        this.scope = scope;
        this.interfaces = interfaces;
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
        String vpc = tg.vpcId();
        return byTask(vpc, id).or(() -> byInterface(vpc, id)).or(() -> byCidr(vpc, id)).map(this::one)
                .orElseGet(() -> new Found(Set.of(), "no zone for IP target " + id + ": " + tasksWhyNot() + "; "
                        + interfaces.whyNot(vpc, id) + "; " + ctx.failedListing(scope, "subnet")
                        .orElse("no subnet of " + vpc + " holds it")));
    }

    /** The zone of a task of the VPC whose attachment holds the IP: its subnet's, else the one it reports. */
    private Optional<String> byTask(String vpc, String ip) {
        for (NetworkIndex.TaskAddress task : ctx.network.taskAddresses(scope.account() + " " + scope.region(), ip)) {
            Optional<String> zone = subnetZone(task.subnet()).or(() -> Optional.ofNullable(task.zone()));
            if (zone.isPresent() && !inAnotherVpc(task.subnet(), vpc)) {
                return zone;
            }
        }
        return Optional.empty();
    }

    // Private IPs repeat across VPCs: a task of another VPC with the same IP is not the target.
    private boolean inAnotherVpc(String subnet, String vpc) {
        return subnet != null && vpc != null
                && ctx.network.subnetVpc(subnet).filter(v -> !v.equals(vpc)).isPresent();
    }

    private Optional<String> byInterface(String vpc, String ip) {
        return interfaces.holding(vpc, ip).flatMap(h -> subnetZone(h.subnet()).or(() -> {
            if (h.zoneName() == null) {
                return Optional.empty();
            }
            ctx.zones.learn(scope, h.zoneName(), h.zoneId());
            return Optional.of(ctx.zones.zone(scope, h.zoneName()));
        }));
    }

    private Optional<String> byCidr(String vpc, String ip) {
        return ctx.network.subnetHolding(vpc, ip).flatMap(ctx.network::subnetZone);
    }

    /** DescribeSubnets' zone, else the one a load balancer's answer gives for the subnet. */
    private Optional<String> subnetZone(String subnet) {
        return subnet == null ? Optional.empty()
                : ctx.network.subnetZone(subnet).or(() -> ctx.subnetZoneHint(subnet));
    }

    private String tasksWhyNot() {
        return ctx.failedListing(scope, "ecs_cluster")
                .or(() -> ctx.network.tasksUnread(scope.account() + " " + scope.region()))
                .orElse("no ECS task's network interface holds it");
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
