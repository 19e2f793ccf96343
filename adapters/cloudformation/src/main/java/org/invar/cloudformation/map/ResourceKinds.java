package org.invar.cloudformation.map;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which resource types become which kind of entity, and which types are read for what they say
 * about other entities (an association sets a subnet's route table) without one of their own.
 * Every other type is skipped from the model and counted in the load summary: the schema has no
 * generic kind for them, and no rule could read them.
 */
final class ResourceKinds {
    static final Map<String, String> KIND_OF = Map.ofEntries(
            Map.entry("AWS::EC2::VPC", "vpc"),
            Map.entry("AWS::EC2::Subnet", "subnet"),
            Map.entry("AWS::EC2::RouteTable", "route_table"),
            Map.entry("AWS::EC2::Route", "route"),
            Map.entry("AWS::EC2::InternetGateway", "internet_gateway"),
            Map.entry("AWS::EC2::NatGateway", "nat_gateway"),
            Map.entry("AWS::EC2::SecurityGroup", "security_group"),
            Map.entry("AWS::EC2::SecurityGroupIngress", "ingress"),
            Map.entry("AWS::EC2::SecurityGroupEgress", "egress"),
            Map.entry("AWS::EC2::Instance", "instance"),
            Map.entry("AWS::ElasticLoadBalancingV2::LoadBalancer", "load_balancer"),
            Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup", "target_group"),
            Map.entry("AWS::ElasticLoadBalancingV2::Listener", "listener"),
            Map.entry("AWS::ECS::Cluster", "ecs_cluster"),
            Map.entry("AWS::ECS::Service", "ecs_service"),
            Map.entry("AWS::ECS::CapacityProvider", "capacity_provider"),
            Map.entry("AWS::AutoScaling::AutoScalingGroup", "auto_scaling_group"),
            Map.entry("AWS::RDS::DBInstance", "db_instance"),
            Map.entry("AWS::S3::Bucket", "bucket"));

    /** Read for other entities' facts, or for nested stacks, and not skipped. */
    static final Set<String> CONTRIBUTING = Set.of(
            "AWS::EC2::SubnetRouteTableAssociation", "AWS::EC2::VPCGatewayAttachment", "AWS::EC2::EIP",
            "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration",
            "AWS::ElasticLoadBalancingV2::ListenerRule", "AWS::ECS::TaskDefinition",
            "AWS::ECS::ClusterCapacityProviderAssociations", "AWS::RDS::DBSubnetGroup",
            "AWS::CloudFormation::Stack", "AWS::Serverless::Application", ScalableTargets.TYPE);

    private ResourceKinds() {
    }

    static Optional<String> kindOf(String type) {
        return Optional.ofNullable(KIND_OF.get(type));
    }

    static boolean known(String type) {
        return KIND_OF.containsKey(type) || CONTRIBUTING.contains(type);
    }
}
