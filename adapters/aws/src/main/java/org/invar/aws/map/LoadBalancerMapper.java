package org.invar.aws.map;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.aws.scan.ElbSnapshot;
import org.invar.aws.scan.Fetched;
import org.invar.aws.scan.ScanScope;
import org.invar.model.EntityBuilder;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AvailabilityZone;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerAttribute;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupTuple;

/**
 * Load balancers with their subnets (one per zone it has a node in), security groups, cross-zone
 * and header attributes, and listeners with the target groups their default actions and rules
 * forward to. The engine derives the nodes and what they forward to from these.
 */
final class LoadBalancerMapper {
    private static final String CROSS_ZONE = "load_balancing.cross_zone.enabled";
    private static final String DROP_INVALID_HEADERS = "routing.http.drop_invalid_header_fields.enabled";

    private LoadBalancerMapper() {
    }

    static void map(MappingContext ctx, ScanScope scope, ElbSnapshot elb) {
        ctx.listing(scope, "load_balancer", elb.loadBalancers());
        for (LoadBalancer lb : elb.loadBalancers().orElse(List.of())) {
            EntityBuilder e = ctx.entity(scope, "load_balancer", lb.loadBalancerArn());
            Put.str(e, "name", lb.loadBalancerName());
            Put.str(e, "type", lb.typeAsString());
            Put.str(e, "scheme", lb.schemeAsString());
            e.relate("region", ctx.zones.region(scope));
            List<String> zones = new ArrayList<>();
            for (AvailabilityZone z : lb.availabilityZones()) {
                String zone = z.zoneName() == null ? null : ctx.zones.zone(scope, z.zoneName());
                if (zone != null) {
                    zones.add(zone);
                }
                if (z.subnetId() != null) {
                    e.relate("subnet", z.subnetId());
                    if (zone != null) {
                        ctx.subnetZoneHint(z.subnetId(), zone);
                    }
                }
            }
            ctx.network.loadBalancerZones(lb.loadBalancerArn(), zones);
            Put.relateAll(e, "security_group", lb.securityGroups());
            attributes(e, lb, elb.attributes().get(lb.loadBalancerArn()));
            listeners(ctx, scope, e, elb.listeners().get(lb.loadBalancerArn()), elb.rules());
        }
    }

    private static void attributes(EntityBuilder e, LoadBalancer lb, Fetched<List<LoadBalancerAttribute>> fetched) {
        boolean application = "application".equals(lb.typeAsString());
        if (fetched == null || !fetched.isOk()) {
            String reason = fetched == null ? "elasticloadbalancing:DescribeLoadBalancerAttributes was not called"
                    : fetched.reason();
            e.unknown("cross_zone", reason);
            if (application) {
                e.unknown("drop_invalid_header_fields", reason);
            }
            return;
        }
        Map<String, String> values = new java.util.HashMap<>();
        fetched.get().forEach(a -> values.put(a.key(), a.value()));
        // Application load balancers always balance across zones; the attribute may not be listed.
        String crossZone = values.getOrDefault(CROSS_ZONE, application ? "true" : "false");
        e.set("cross_zone", Boolean.parseBoolean(crossZone));
        if (values.containsKey(DROP_INVALID_HEADERS)) {
            e.set("drop_invalid_header_fields", Boolean.parseBoolean(values.get(DROP_INVALID_HEADERS)));
        }
    }

    private static void listeners(MappingContext ctx, ScanScope scope, EntityBuilder lb,
                                  Fetched<List<Listener>> fetched, Map<String, Fetched<List<Rule>>> rules) {
        if (fetched == null || !fetched.isOk()) {
            String reason = fetched == null ? "elasticloadbalancing:DescribeListeners was not called"
                    : fetched.reason();
            lb.unknownRelation("listener", reason);
            Unlisted.of(ctx, scope, "listener", lb, reason);
            return;
        }
        for (Listener l : fetched.get()) {
            EntityBuilder e = ctx.entity(scope, "listener", l.listenerArn());
            Put.num(e, "port", l.port());
            Put.str(e, "protocol", l.protocolAsString());
            e.relate("load_balancer", lb.id());
            Set<String> targetGroups = new LinkedHashSet<>(forwards(l.defaultActions()));
            Fetched<List<Rule>> listenerRules = rules.get(l.listenerArn());
            if (listenerRules != null && !listenerRules.isOk()) {
                // Rules may forward to groups the default action does not.
                e.unknownRelation("target_group", listenerRules.reason());
            } else if (listenerRules != null) {
                listenerRules.get().forEach(r -> targetGroups.addAll(forwards(r.actions())));
            }
            targetGroups.forEach(tg -> e.relate("target_group", tg));
        }
    }

    /** Target groups a list of actions forwards to: a plain forward, or a weighted forward config. */
    static List<String> forwards(List<Action> actions) {
        List<String> groups = new ArrayList<>();
        for (Action a : actions) {
            if (a.targetGroupArn() != null) {
                groups.add(a.targetGroupArn());
            }
            if (a.forwardConfig() != null) {
                for (TargetGroupTuple t : a.forwardConfig().targetGroups()) {
                    if (t.targetGroupArn() != null) {
                        groups.add(t.targetGroupArn());
                    }
                }
            }
        }
        return groups;
    }
}
