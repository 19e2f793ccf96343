package org.invar.aws.scan;

import java.util.List;
import software.amazon.awssdk.services.applicationautoscaling.model.ScalableTarget;

/**
 * What Application Auto Scaling said in one region about the ECS services it scales.
 *
 * @param ecsTargets the scalable targets of namespace {@code ecs}
 */
public record ApplicationAutoScalingSnapshot(Fetched<List<ScalableTarget>> ecsTargets) {

    /** No ECS service was listed in the region, so none can be scaled and no call was made. */
    public static ApplicationAutoScalingSnapshot none() {
        return new ApplicationAutoScalingSnapshot(Fetched.ok(List.of()));
    }

    public static ApplicationAutoScalingSnapshot failed(CallFailure f) {
        return new ApplicationAutoScalingSnapshot(Fetched.failed(f));
    }
}
