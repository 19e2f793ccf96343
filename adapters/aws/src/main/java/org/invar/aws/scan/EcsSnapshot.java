package org.invar.aws.scan;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ecs.model.CapacityProvider;
import software.amazon.awssdk.services.ecs.model.Cluster;

/**
 * What ECS said in one region.
 *
 * @param clusterArns from ListClusters
 * @param clusters from DescribeClusters
 * @param byCluster each listed cluster's services, tasks and container instances, by cluster ARN
 * @param capacityProviders from DescribeCapacityProviders
 */
public record EcsSnapshot(
        Fetched<List<String>> clusterArns,
        Fetched<List<Cluster>> clusters,
        Map<String, EcsClusterSnapshot> byCluster,
        Fetched<List<CapacityProvider>> capacityProviders) {

    public EcsSnapshot {
        byCluster = Map.copyOf(byCluster);
    }

    public static EcsSnapshot failed(CallFailure f) {
        return new EcsSnapshot(Fetched.failed(f), Fetched.failed(f), Map.of(), Fetched.failed(f));
    }
}
