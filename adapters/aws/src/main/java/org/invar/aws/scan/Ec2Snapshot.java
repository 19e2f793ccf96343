package org.invar.aws.scan;

import java.util.List;
import software.amazon.awssdk.services.ec2.model.AvailabilityZone;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InternetGateway;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Vpc;

/** What EC2 said in one region: zones, the network, security groups and instances. */
public record Ec2Snapshot(
        Fetched<List<AvailabilityZone>> zones,
        Fetched<List<Vpc>> vpcs,
        Fetched<List<Subnet>> subnets,
        Fetched<List<RouteTable>> routeTables,
        Fetched<List<InternetGateway>> internetGateways,
        Fetched<List<NatGateway>> natGateways,
        Fetched<List<SecurityGroup>> securityGroups,
        Fetched<List<Instance>> instances) {

    /** Every call failed the same way (an account that could not be reached). */
    public static Ec2Snapshot failed(CallFailure f) {
        return new Ec2Snapshot(Fetched.failed(f), Fetched.failed(f), Fetched.failed(f), Fetched.failed(f),
                Fetched.failed(f), Fetched.failed(f), Fetched.failed(f), Fetched.failed(f));
    }
}
