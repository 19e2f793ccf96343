package org.invar.aws.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.CapacityProvider;
import software.amazon.awssdk.services.ecs.model.DescribeCapacityProvidersResponse;

/**
 * Reads ECS in one region: clusters, and in each its services, running tasks and container
 * instances (List, then Describe in the batch sizes ECS takes), and the capacity providers.
 */
final class EcsScanner {
    private static final int CLUSTERS_PER_CALL = 100;
    private static final int SERVICES_PER_CALL = 10;
    private static final int TASKS_PER_CALL = 100;
    private static final int INSTANCES_PER_CALL = 100;

    private EcsScanner() {
    }

    static EcsSnapshot scan(EcsClient ecs, Calls calls) {
        Fetched<List<String>> clusterArns = calls.fetch("ecs:ListClusters",
                () -> ecs.listClustersPaginator().stream().flatMap(p -> p.clusterArns().stream()).toList());
        var clusters = clusterArns.then(arns -> calls.fetch("ecs:DescribeClusters", () -> batched(arns,
                CLUSTERS_PER_CALL, batch -> ecs.describeClusters(r -> r.clusters(batch)).clusters())));
        Map<String, EcsClusterSnapshot> byCluster = new LinkedHashMap<>();
        for (String cluster : clusterArns.orElse(List.of())) {
            byCluster.put(cluster, cluster(ecs, calls, cluster));
        }
        Fetched<List<CapacityProvider>> providers = calls.fetch("ecs:DescribeCapacityProviders",
                () -> capacityProviders(ecs));
        return new EcsSnapshot(clusterArns, clusters, byCluster, providers);
    }

    private static EcsClusterSnapshot cluster(EcsClient ecs, Calls calls, String cluster) {
        Fetched<List<String>> serviceArns = calls.fetch("ecs:ListServices", () -> ecs.listServicesPaginator(
                r -> r.cluster(cluster)).stream().flatMap(p -> p.serviceArns().stream()).toList());
        var services = serviceArns.then(arns -> calls.fetch("ecs:DescribeServices", () -> batched(arns,
                SERVICES_PER_CALL, batch -> ecs.describeServices(r -> r.cluster(cluster).services(batch)).services())));
        Fetched<List<String>> taskArns = calls.fetch("ecs:ListTasks", () -> ecs.listTasksPaginator(
                r -> r.cluster(cluster)).stream().flatMap(p -> p.taskArns().stream()).toList());
        var tasks = taskArns.then(arns -> calls.fetch("ecs:DescribeTasks", () -> batched(arns,
                TASKS_PER_CALL, batch -> ecs.describeTasks(r -> r.cluster(cluster).tasks(batch)).tasks())));
        Fetched<List<String>> instanceArns = calls.fetch("ecs:ListContainerInstances",
                () -> ecs.listContainerInstancesPaginator(r -> r.cluster(cluster)).stream()
                        .flatMap(p -> p.containerInstanceArns().stream()).toList());
        var instances = instanceArns.then(arns -> calls.fetch("ecs:DescribeContainerInstances", () -> batched(arns,
                INSTANCES_PER_CALL, batch -> ecs.describeContainerInstances(r -> r.cluster(cluster)
                        .containerInstances(batch)).containerInstances())));
        return new EcsClusterSnapshot(cluster, serviceArns, services, taskArns, tasks, instanceArns, instances);
    }

    // The SDK has no paginator for DescribeCapacityProviders; it pages with nextToken all the same.
    private static List<CapacityProvider> capacityProviders(EcsClient ecs) {
        List<CapacityProvider> all = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            DescribeCapacityProvidersResponse page = ecs.describeCapacityProviders(r -> r.nextToken(next));
            all.addAll(page.capacityProviders());
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        return all;
    }

    // A Describe call with nothing to describe is not made: ECS rejects an empty list.
    private static <T> List<T> batched(List<String> names, int size, Function<List<String>, List<T>> call) {
        List<T> all = new ArrayList<>();
        for (List<String> batch : Batches.of(names, size)) {
            all.addAll(call.apply(batch));
        }
        return all;
    }
}
