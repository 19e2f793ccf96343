package org.invar.aws.scan;

import software.amazon.awssdk.services.applicationautoscaling.ApplicationAutoScalingClient;
import software.amazon.awssdk.services.applicationautoscaling.model.ServiceNamespace;

/**
 * Reads the scalable targets of ECS services in one region (DescribeScalableTargets, namespace
 * {@code ecs}, every page), whose MinCapacity is how far a service may scale in. Made only when
 * ECS listed some service there ({@link #needed}): with none, there is nothing a target could be
 * set on.
 */
final class ApplicationAutoScalingScanner {
    private ApplicationAutoScalingScanner() {
    }

    static ApplicationAutoScalingSnapshot scan(ApplicationAutoScalingClient client, Calls calls) {
        return new ApplicationAutoScalingSnapshot(calls.fetch("application-autoscaling:DescribeScalableTargets",
                () -> client.describeScalableTargetsPaginator(r -> r.serviceNamespace(ServiceNamespace.ECS)).stream()
                        .flatMap(p -> p.scalableTargets().stream()).toList()));
    }

    /** Whether ECS listed a service in the region. */
    static boolean needed(EcsSnapshot ecs) {
        return ecs.byCluster().values().stream()
                .anyMatch(c -> c.serviceArns().isOk() && !c.serviceArns().get().isEmpty());
    }
}
