package org.invar.aws.scan;

import software.amazon.awssdk.services.ec2.Ec2Client;

/** Reads EC2 in one region: every Describe call through its paginator, all pages gathered. */
final class Ec2Scanner {
    private Ec2Scanner() {
    }

    static Ec2Snapshot scan(Ec2Client ec2, Calls calls) {
        return new Ec2Snapshot(
                // DescribeAvailabilityZones has no pages: one answer holds the region's zones.
                calls.fetch("ec2:DescribeAvailabilityZones", () -> ec2.describeAvailabilityZones().availabilityZones()),
                calls.fetch("ec2:DescribeVpcs", () -> ec2.describeVpcsPaginator().stream()
                        .flatMap(p -> p.vpcs().stream()).toList()),
                calls.fetch("ec2:DescribeSubnets", () -> ec2.describeSubnetsPaginator().stream()
                        .flatMap(p -> p.subnets().stream()).toList()),
                calls.fetch("ec2:DescribeRouteTables", () -> ec2.describeRouteTablesPaginator().stream()
                        .flatMap(p -> p.routeTables().stream()).toList()),
                calls.fetch("ec2:DescribeInternetGateways", () -> ec2.describeInternetGatewaysPaginator().stream()
                        .flatMap(p -> p.internetGateways().stream()).toList()),
                calls.fetch("ec2:DescribeNatGateways", () -> ec2.describeNatGatewaysPaginator().stream()
                        .flatMap(p -> p.natGateways().stream()).toList()),
                calls.fetch("ec2:DescribeSecurityGroups", () -> ec2.describeSecurityGroupsPaginator().stream()
                        .flatMap(p -> p.securityGroups().stream()).toList()),
                calls.fetch("ec2:DescribeInstances", () -> ec2.describeInstancesPaginator().stream()
                        .flatMap(p -> p.reservations().stream())
                        .flatMap(r -> r.instances().stream()).toList()));
    }

}
