package org.invar.aws.map;

import java.util.List;
import org.invar.aws.scan.ElbSnapshot;
import org.invar.aws.scan.Fetched;
import org.invar.aws.scan.NetworkInterfacesSnapshot;
import org.invar.aws.scan.ScanScope;
import org.invar.model.EntityBuilder;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;

/**
 * Target groups and their registered targets, one {@code target} per registered target with its
 * health as the load balancer sees it ({@code healthy}, {@code unhealthy}, {@code initial},
 * {@code draining}, {@code unused}, {@code unavailable}; {@code unhealthy.draining} is
 * {@code draining}) and its zone ({@link TargetZones}). Ids are
 * {@code <target group ARN>/<target id>:<port>}; a target serving several zones (registered for
 * all zones, a Lambda function) is one entity per zone, {@code ...@<zone id>}, as it counts in
 * each. When DescribeTargetHealth failed the group's targets are unknown.
 */
final class TargetGroupMapper {
    private TargetGroupMapper() {
    }

    static void map(MappingContext ctx, ScanScope scope, ElbSnapshot elb, NetworkInterfacesSnapshot interfaces) {
        ctx.listing(scope, "target_group", elb.targetGroups());
        TargetZones zones = new TargetZones(ctx, scope, new InterfaceAddresses(interfaces));
        for (TargetGroup tg : elb.targetGroups().orElse(List.of())) {
            EntityBuilder e = ctx.entity(scope, "target_group", tg.targetGroupArn());
            Put.str(e, "name", tg.targetGroupName());
            Put.str(e, "target_type", tg.targetTypeAsString());
            Put.str(e, "protocol", tg.protocolAsString());
            Put.num(e, "port", tg.port());
            Put.str(e, "health_check_path", tg.healthCheckPath());
            unlistedLoadBalancers(ctx, scope, elb, tg);
            Fetched<List<TargetHealthDescription>> health = elb.targetHealth().get(tg.targetGroupArn());
            if (health == null || !health.isOk()) {
                String reason = health == null ? "elasticloadbalancing:DescribeTargetHealth was not called"
                        : health.reason();
                e.unknownRelation("target", reason);
                Unlisted.of(ctx, scope, "target", e, reason);
                continue;
            }
            for (TargetHealthDescription d : health.get()) {
                target(ctx, scope, zones, tg, e, d);
            }
        }
    }

    private static void target(MappingContext ctx, ScanScope scope, TargetZones zones, TargetGroup tg,
                               EntityBuilder group, TargetHealthDescription d) {
        String base = group.id() + "/" + d.target().id() + (d.target().port() == null ? "" : ":" + d.target().port());
        TargetZones.Found found = zones.of(tg, d.target());
        boolean several = found.zones().size() > 1;
        if (found.zones().isEmpty()) {
            target(ctx, scope, group, d, base).unknownRelation("az", found.unknown());
        }
        for (String zone : found.zones()) {
            target(ctx, scope, group, d, several ? base + "@" + zone : base).relate("az", zone);
        }
    }

    private static EntityBuilder target(MappingContext ctx, ScanScope scope, EntityBuilder group,
                                        TargetHealthDescription d, String id) {
        EntityBuilder e = ctx.entity(scope, "target", id);
        e.origin(group.origin());
        e.relate("target_group", group.id());
        Put.num(e, "port", d.target().port());
        if (d.targetHealth() != null && d.targetHealth().stateAsString() != null) {
            e.set("health", health(d.targetHealth().stateAsString()));
        }
        return e;
    }

    static String health(String state) {
        return state.equals("unhealthy.draining") ? "draining" : state;
    }

    /**
     * When DescribeLoadBalancers failed, the load balancers a target group names are added with
     * their listeners and subnets unknown, so per-zone counts are unknown, not zero.
     */
    private static void unlistedLoadBalancers(MappingContext ctx, ScanScope scope, ElbSnapshot elb, TargetGroup tg) {
        if (!elb.loadBalancers().isOk()) {
            tg.loadBalancerArns().forEach(lb -> ctx.stub(scope, "load_balancer", lb));
        }
    }
}
