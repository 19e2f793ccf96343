package org.invar.aws.scan;

import java.util.List;
import software.amazon.awssdk.services.ecs.model.ContainerInstance;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.Task;

/**
 * What ECS said about one cluster. Each Describe answer fails the way its List call did when
 * that one failed, since there was nothing to describe.
 *
 * @param serviceArns from ListServices
 * @param taskArns from ListTasks (tasks whose desired status is RUNNING)
 */
public record EcsClusterSnapshot(
        String clusterArn,
        Fetched<List<String>> serviceArns,
        Fetched<List<Service>> services,
        Fetched<List<String>> taskArns,
        Fetched<List<Task>> tasks,
        Fetched<List<String>> containerInstanceArns,
        Fetched<List<ContainerInstance>> containerInstances) {
}
