package org.invar.aws.scan;

/**
 * Everything read in one region of one account.
 *
 * @param interfaces the network interfaces holding IP targets' addresses (read after ELBv2 and ECS)
 * @param scaling the scalable targets of ECS services (read after ECS)
 */
public record RegionSnapshot(ScanScope scope, Ec2Snapshot ec2, ElbSnapshot elb, EcsSnapshot ecs,
                             AutoScalingSnapshot autoScaling, RdsSnapshot rds, NetworkInterfacesSnapshot interfaces,
                             ApplicationAutoScalingSnapshot scaling) {

    /** A region not scanned because the account could not be used: every part failed alike. */
    public static RegionSnapshot failed(ScanScope scope, CallFailure f) {
        return new RegionSnapshot(scope, Ec2Snapshot.failed(f), ElbSnapshot.failed(f), EcsSnapshot.failed(f),
                AutoScalingSnapshot.failed(f), RdsSnapshot.failed(f), NetworkInterfacesSnapshot.failed(f),
                ApplicationAutoScalingSnapshot.failed(f));
    }
}
