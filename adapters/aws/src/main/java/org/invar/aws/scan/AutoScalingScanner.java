package org.invar.aws.scan;

import software.amazon.awssdk.services.autoscaling.AutoScalingClient;

/** Reads the Auto Scaling groups of one region, with their instances and target groups. */
final class AutoScalingScanner {
    private AutoScalingScanner() {
    }

    static AutoScalingSnapshot scan(AutoScalingClient autoScaling, Calls calls) {
        return new AutoScalingSnapshot(calls.fetch("autoscaling:DescribeAutoScalingGroups",
                () -> autoScaling.describeAutoScalingGroupsPaginator().stream()
                        .flatMap(p -> p.autoScalingGroups().stream()).toList()));
    }
}
