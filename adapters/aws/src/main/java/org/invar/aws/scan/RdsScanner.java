package org.invar.aws.scan;

import software.amazon.awssdk.services.rds.RdsClient;

/** Reads the RDS DB instances of one region; each carries its subnet group and security groups. */
final class RdsScanner {
    private RdsScanner() {
    }

    static RdsSnapshot scan(RdsClient rds, Calls calls) {
        return new RdsSnapshot(calls.fetch("rds:DescribeDBInstances",
                () -> rds.describeDBInstancesPaginator().stream().flatMap(p -> p.dbInstances().stream()).toList()));
    }
}
