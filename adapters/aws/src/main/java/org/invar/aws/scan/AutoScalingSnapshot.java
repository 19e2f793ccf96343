package org.invar.aws.scan;

import java.util.List;
import software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup;

/** What Auto Scaling said in one region. */
public record AutoScalingSnapshot(Fetched<List<AutoScalingGroup>> groups) {
    public static AutoScalingSnapshot failed(CallFailure f) {
        return new AutoScalingSnapshot(Fetched.failed(f));
    }
}
