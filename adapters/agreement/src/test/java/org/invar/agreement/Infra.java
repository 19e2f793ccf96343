package org.invar.agreement;

import java.util.List;
import java.util.Optional;

/**
 * A small infrastructure described once, independently of any format, so that it can be rendered
 * as a CloudFormation template and as a Terraform plan. Everything refers to everything else by
 * position in these lists; AZs are indices into the region's zones (0 is the first).
 *
 * <p>Some fields say how one format writes a thing that both describe the same way in AWS
 * ({@link RouteTable#inlineInTerraform}, {@link Group#explicitEgressInCloudFormation}): the
 * renderers must give the same model whichever way the file is written.
 */
record Infra(
        int azs,
        List<Subnet> subnets,
        boolean internetGateway,
        List<Integer> natSubnets,
        List<RouteTable> routeTables,
        List<Group> groups,
        Optional<Balancer> balancer,
        boolean cluster,
        List<Service> services,
        Optional<ScalingGroup> scalingGroup,
        Optional<Database> database,
        Optional<Bucket> bucket) {

    /** The region both renderings describe; the CloudFormation side is loaded with it. */
    static final String REGION = "us-east-1";

    static String zoneName(int az) {
        return REGION + (char) ('a' + az);
    }

    /**
     * A subnet in zone {@code az}; {@code tier} only names it (public-0, private-1). When
     * {@code zoneGiven} is false neither format names its zone (AWS picks one when it creates the
     * subnet), as in a reusable template or module: {@code az} then only keeps the generator's
     * choices valid (a load balancer in one subnet per zone), and both adapters must give the
     * subnet a symbolic zone.
     */
    record Subnet(int az, boolean publicTier, boolean mapPublicIp, boolean zoneGiven) {
        /** A subnet whose zone both formats name. */
        Subnet(int az, boolean publicTier, boolean mapPublicIp) {
            this(az, publicTier, mapPublicIp, true);
        }

        /** The same subnet with its zone left to AWS. */
        Subnet withoutZone() {
            return new Subnet(az, publicTier, mapPublicIp, false);
        }

        String name(int index) {
            return (publicTier ? "public-" : "private-") + index;
        }

        String cidr(int index) {
            return "10.0." + index + ".0/24";
        }
    }

    enum DefaultRoute { NONE, INTERNET_GATEWAY, NAT_GATEWAY }

    /** A route table; {@code nat} is an index into {@link Infra#natSubnets} when the route goes there. */
    record RouteTable(DefaultRoute route, int nat, List<Integer> subnets, boolean inlineInTerraform) {
    }

    /** An ingress rule from a CIDR block or, when {@code peer >= 0}, from another group. */
    record Rule(String protocol, int from, int to, String cidr, int peer) {
        boolean fromPeer() {
            return peer >= 0;
        }
    }

    enum RuleStyle { INLINE, SECURITY_GROUP_RULE, VPC_RULE }

    /**
     * A security group. Its egress is AWS's allow-all rule: CloudFormation adds it when a group
     * has no egress, Terraform removes it unless written, so the Terraform rendering writes it.
     */
    record Group(String name, List<Rule> ingress, boolean explicitEgressInCloudFormation, RuleStyle terraformStyle) {
    }

    enum TargetType { IP, INSTANCE }

    /** A load balancer with one target group and one listener forwarding to it. */
    record Balancer(boolean network, boolean internal, List<Integer> subnets, boolean crossZone, List<Integer> groups,
                    TargetType targetType, String healthCheckPath, boolean named) {
        String type() {
            return network ? "network" : "application";
        }

        String protocol() {
            return network ? "TCP" : "HTTP";
        }
    }

    record Service(String name, int desired, List<Integer> subnets, List<Integer> groups, boolean behindTargetGroup,
                   boolean publicIp) {
    }

    /** An Auto Scaling group; {@code desired} is empty when not given (it starts at min). */
    record ScalingGroup(int min, Optional<Integer> desired, int max, List<Integer> subnets, boolean behindTargetGroup,
                        String instanceType) {
    }

    record Database(List<Integer> subnets, boolean multiAz, boolean encrypted, boolean deletionProtection,
                    List<Integer> groups) {
    }

    enum Versioning { UNSET, ENABLED, SUSPENDED }

    enum PublicAccess { UNSET, ALL_BLOCKED, PARTLY_BLOCKED }

    record Bucket(String name, Versioning versioning, boolean kms, PublicAccess publicAccess) {
    }
}
