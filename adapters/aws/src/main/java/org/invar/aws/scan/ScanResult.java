package org.invar.aws.scan;

import java.util.List;

/**
 * The snapshots of every account, every call that failed, in the order they failed, and notes on
 * what was left out on purpose (an organisation's suspended accounts).
 */
public record ScanResult(List<AccountSnapshot> accounts, List<CallFailure> failures, List<String> notes) {
    public ScanResult {
        accounts = List.copyOf(accounts);
        failures = List.copyOf(failures);
        notes = List.copyOf(notes);
    }

    /** Whether anything at all was read: a scan whose every call failed has nothing to check. */
    public boolean readNothing() {
        return accounts.stream().allMatch(a -> !a.s3().buckets().isOk()
                && a.regions().stream().allMatch(r -> !r.ec2().zones().isOk() && !r.ec2().vpcs().isOk()
                && !r.ec2().subnets().isOk() && !r.ec2().instances().isOk() && !r.elb().loadBalancers().isOk()
                && !r.elb().targetGroups().isOk() && !r.ecs().clusterArns().isOk()
                && !r.autoScaling().groups().isOk() && !r.rds().instances().isOk()));
    }
}
