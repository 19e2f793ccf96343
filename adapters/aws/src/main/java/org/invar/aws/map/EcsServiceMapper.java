package org.invar.aws.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.invar.aws.scan.EcsClusterSnapshot;
import org.invar.aws.scan.ScanScope;
import org.invar.model.EntityBuilder;
import software.amazon.awssdk.services.ecs.model.AssignPublicIp;
import software.amazon.awssdk.services.ecs.model.AwsVpcConfiguration;
import software.amazon.awssdk.services.ecs.model.CapacityProviderStrategyItem;
import software.amazon.awssdk.services.ecs.model.LoadBalancer;
import software.amazon.awssdk.services.ecs.model.PlacementConstraint;
import software.amazon.awssdk.services.ecs.model.PlacementStrategy;
import software.amazon.awssdk.services.ecs.model.Service;

/**
 * The services of one cluster: counts, launch type, network configuration, target groups,
 * capacity provider strategy and placement. A service is live here: it has a
 * {@code running_count}, so the engine predicts no targets for it.
 */
final class EcsServiceMapper {
    private EcsServiceMapper() {
    }

    /** Maps the cluster's services; returns their ids by service name, for tasks to find theirs. */
    static Map<String, String> map(MappingContext ctx, ScanScope scope, EntityBuilder cluster,
                                   EcsClusterSnapshot parts) {
        Map<String, String> byName = new HashMap<>();
        if (!parts.serviceArns().isOk()) {
            ctx.listingFailed(scope, "ecs_service", parts.serviceArns().reason());
            cluster.unknownRelation("ecs_service", parts.serviceArns().reason());
            Unlisted.of(ctx, scope, "ecs_service", cluster, parts.serviceArns().reason());
            return byName;
        }
        Map<String, Service> described = new HashMap<>();
        parts.services().orElse(List.of()).forEach(s -> described.put(s.serviceArn(), s));
        for (String arn : parts.serviceArns().get()) {
            EntityBuilder e = ctx.entity(scope, "ecs_service", arn);
            e.relate("ecs_cluster", cluster.id());
            Service s = described.get(arn);
            if (s == null) {
                e.set("name", Arns.name(arn));
                String reason = parts.services().isOk() ? "ecs:DescribeServices did not describe it "
                        + scope.where() : parts.services().reason();
                Unknowns.fill(e, reason);
                // Its strategy and placement come only in that answer.
                Unlisted.parts(ctx, scope, e, reason);
            } else {
                service(ctx, scope, e, s);
            }
            byName.put(e.attribute("name").map(v -> v.display()).orElse(Arns.name(arn)), arn);
        }
        return byName;
    }

    private static void service(MappingContext ctx, ScanScope scope, EntityBuilder e, Service s) {
        Put.str(e, "name", s.serviceName());
        Put.str(e, "launch_type", s.launchTypeAsString());
        Put.num(e, "desired_count", s.desiredCount());
        Put.num(e, "running_count", s.runningCount());
        Put.str(e, "scheduling_strategy", s.schedulingStrategyAsString());
        AwsVpcConfiguration vpc = s.networkConfiguration() == null ? null
                : s.networkConfiguration().awsvpcConfiguration();
        if (vpc != null) {
            e.set("assign_public_ip", vpc.assignPublicIp() == AssignPublicIp.ENABLED);
            Put.relateAll(e, "subnet", vpc.subnets());
            Put.relateAll(e, "security_group", vpc.securityGroups());
        }
        for (LoadBalancer lb : s.loadBalancers()) {
            Put.relate(e, "target_group", lb.targetGroupArn());
        }
        for (CapacityProviderStrategyItem item : s.capacityProviderStrategy()) {
            e.relate("capacity_provider_strategy", CapacityProviderMapper.strategy(ctx, scope, e, item));
        }
        int n = 0;
        for (PlacementStrategy p : s.placementStrategy()) {
            EntityBuilder strategy = ctx.entity(scope, "placement_strategy", e.id() + "/placement-strategy/" + ++n);
            strategy.origin(e.origin());
            Put.str(strategy, "type", p.typeAsString());
            Put.str(strategy, "field", p.field());
            e.relate("placement_strategy", strategy.id());
        }
        n = 0;
        for (PlacementConstraint p : s.placementConstraints()) {
            EntityBuilder constraint = ctx.entity(scope, "placement_constraint",
                    e.id() + "/placement-constraint/" + ++n);
            constraint.origin(e.origin());
            Put.str(constraint, "type", p.typeAsString());
            Put.str(constraint, "expression", p.expression());
            e.relate("placement_constraint", constraint.id());
        }
    }
}
