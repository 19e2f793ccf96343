package org.invar.cloudformation.resolve;

import java.util.Map;
import java.util.Optional;

/**
 * What {@code Fn::GetAtt} of a resource attribute is before deploy. Some attributes are the
 * resource's identity under another name ({@code SecurityGroup.GroupId} is what {@code Ref} of
 * most resources is), so they link like a {@code Ref}; some repeat a property
 * ({@code Subnet.AvailabilityZone}), so they resolve to it; the rest are only known once deployed.
 */
final class ResourceAttributes {
    /** An attribute that is the resource itself. */
    static final String IDENTITY = "";

    private static final Map<String, Map<String, String>> BY_TYPE = Map.ofEntries(
            Map.entry("AWS::EC2::Subnet", Map.of("SubnetId", IDENTITY, "AvailabilityZone", "AvailabilityZone",
                    "VpcId", "VpcId", "CidrBlock", "CidrBlock")),
            Map.entry("AWS::EC2::VPC", Map.of("VpcId", IDENTITY, "CidrBlock", "CidrBlock")),
            Map.entry("AWS::EC2::SecurityGroup", Map.of("GroupId", IDENTITY, "VpcId", "VpcId")),
            Map.entry("AWS::EC2::RouteTable", Map.of("RouteTableId", IDENTITY)),
            Map.entry("AWS::EC2::InternetGateway", Map.of("InternetGatewayId", IDENTITY)),
            Map.entry("AWS::EC2::NatGateway", Map.of("NatGatewayId", IDENTITY)),
            Map.entry("AWS::EC2::Instance", Map.of("InstanceId", IDENTITY, "AvailabilityZone", "AvailabilityZone")),
            Map.entry("AWS::EC2::LaunchTemplate", Map.of("LaunchTemplateId", IDENTITY)),
            Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup", Map.of("TargetGroupArn", IDENTITY,
                    "TargetGroupName", "Name")),
            Map.entry("AWS::ElasticLoadBalancingV2::Listener", Map.of("ListenerArn", IDENTITY)),
            Map.entry("AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of("LoadBalancerName", "Name")),
            Map.entry("AWS::ECS::Cluster", Map.of("Arn", IDENTITY)),
            Map.entry("AWS::ECS::Service", Map.of("ServiceArn", IDENTITY, "Name", "ServiceName")),
            Map.entry("AWS::RDS::DBInstance", Map.of("Endpoint.Port", "Port")));

    private ResourceAttributes() {
    }

    /** {@link #IDENTITY}, the name of the property the attribute repeats, or empty. */
    static Optional<String> of(String type, String attribute) {
        return Optional.ofNullable(BY_TYPE.getOrDefault(type, Map.of()).get(attribute));
    }
}
