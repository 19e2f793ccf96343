package org.invar.aws.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.invar.aws.scan.EcsClusterSnapshot;
import org.invar.aws.scan.EcsSnapshot;
import org.invar.aws.scan.ScanScope;
import org.invar.model.EntityBuilder;
import software.amazon.awssdk.services.ecs.model.CapacityProviderStrategyItem;
import software.amazon.awssdk.services.ecs.model.Cluster;
import software.amazon.awssdk.services.ecs.model.ContainerInstance;

/**
 * ECS clusters with their capacity providers, default strategy and container instances; each
 * cluster's services and tasks are mapped by {@link EcsServiceMapper} and {@link EcsTaskMapper}.
 * A failed List call leaves the cluster's relation unknown; a failed Describe call leaves the
 * listed entities with unknown fields.
 */
final class EcsMapper {
    private EcsMapper() {
    }

    static void map(MappingContext ctx, ScanScope scope, EcsSnapshot ecs) {
        CapacityProviderMapper.map(ctx, scope, ecs.capacityProviders());
        ctx.listing(scope, "ecs_cluster", ecs.clusterArns());
        Map<String, Cluster> described = new HashMap<>();
        ecs.clusters().orElse(List.of()).forEach(c -> described.put(c.clusterArn(), c));
        for (String arn : ecs.clusterArns().orElse(List.of())) {
            EntityBuilder e = ctx.entity(scope, "ecs_cluster", arn);
            Cluster c = described.get(arn);
            if (c == null) {
                e.set("name", Arns.name(arn));
                String reason = ecs.clusters().isOk() ? "ecs:DescribeClusters did not describe it "
                        + scope.where() : ecs.clusters().reason();
                e.unknownRelation("capacity_provider", reason);
                e.unknownRelation("capacity_provider_strategy", reason);
                // Its default strategy comes only in that answer.
                Unlisted.of(ctx, scope, "capacity_provider_strategy", e, reason);
            } else {
                cluster(ctx, scope, e, c);
            }
            EcsClusterSnapshot parts = ecs.byCluster().get(arn);
            if (parts != null) {
                Map<String, String> servicesByName = EcsServiceMapper.map(ctx, scope, e, parts);
                EcsTaskMapper.map(ctx, scope, parts, servicesByName);
                containerInstances(ctx, scope, e, parts);
            }
        }
    }

    private static void cluster(MappingContext ctx, ScanScope scope, EntityBuilder e, Cluster c) {
        Put.str(e, "name", c.clusterName());
        for (String provider : c.capacityProviders()) {
            e.relate("capacity_provider", CapacityProviderMapper.provider(ctx, scope, provider));
        }
        for (CapacityProviderStrategyItem item : c.defaultCapacityProviderStrategy()) {
            e.relate("capacity_provider_strategy", CapacityProviderMapper.strategy(ctx, scope, e, item));
        }
    }

    private static void containerInstances(MappingContext ctx, ScanScope scope, EntityBuilder cluster,
                                           EcsClusterSnapshot parts) {
        if (!parts.containerInstances().isOk()) {
            cluster.unknownRelation("instance", parts.containerInstances().reason());
            return;
        }
        for (ContainerInstance ci : parts.containerInstances().get()) {
            Put.relate(cluster, "instance", ci.ec2InstanceId());
        }
    }
}
