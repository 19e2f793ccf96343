package org.invar.agreement;

import static org.invar.agreement.Trees.OMIT;
import static org.invar.agreement.Trees.obj;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.agreement.Infra.Balancer;
import org.invar.agreement.Infra.DefaultRoute;
import org.invar.agreement.Infra.Group;
import org.invar.agreement.Infra.PublicAccess;
import org.invar.agreement.Infra.RouteTable;
import org.invar.agreement.Infra.Rule;
import org.invar.agreement.Infra.Service;
import org.invar.agreement.Infra.Subnet;
import org.invar.agreement.Infra.Versioning;

/**
 * An {@link Infra} as a CloudFormation template (JSON), written as one would by hand: zones by
 * {@code Fn::Select} over {@code Fn::GetAZs}, links by {@code Ref} and {@code Fn::GetAtt}, rules
 * between groups as separate {@code AWS::EC2::SecurityGroupIngress} resources (inline ones could
 * make two groups need each other).
 */
final class TemplateRenderer {
    private final Infra infra;
    private final Map<String, Object> resources = new LinkedHashMap<>();

    private TemplateRenderer(Infra infra) {
        this.infra = infra;
    }

    static String render(Infra infra) {
        TemplateRenderer r = new TemplateRenderer(infra);
        r.network();
        r.groups();
        r.balancer();
        r.ecs();
        r.scalingGroup();
        r.database();
        r.bucket();
        return JsonText.write(obj("AWSTemplateFormatVersion", "2010-09-09", "Resources", r.resources));
    }

    private static Map<String, Object> ref(String logicalId) {
        return obj("Ref", logicalId);
    }

    private static Map<String, Object> getAtt(String logicalId, String attribute) {
        return obj("Fn::GetAtt", List.of(logicalId, attribute));
    }

    private void add(String logicalId, String type, Map<String, Object> properties, Object... dependsOn) {
        Map<String, Object> resource = obj("Type", type, "Properties", properties);
        if (dependsOn.length > 0) {
            resource.put("DependsOn", List.of(dependsOn));
        }
        resources.put(logicalId, resource);
    }

    private static List<Object> refs(List<Integer> indices, String prefix) {
        return indices.stream().map(i -> (Object) ref(prefix + i)).toList();
    }

    private static List<Object> groupIds(List<Integer> indices) {
        return indices.stream().map(i -> (Object) getAtt("Group" + i, "GroupId")).toList();
    }

    private void network() {
        add("Vpc", "AWS::EC2::VPC", obj("CidrBlock", "10.0.0.0/16"));
        for (int i = 0; i < infra.subnets().size(); i++) {
            Subnet s = infra.subnets().get(i);
            // Both ways of asking for the region's zones name the same zones.
            Object region = i % 2 == 0 ? "" : ref("AWS::Region");
            // Without AvailabilityZone, AWS picks the zone when it creates the subnet.
            Object zone = s.zoneGiven() ? obj("Fn::Select", List.of(s.az(), obj("Fn::GetAZs", region))) : OMIT;
            add("Subnet" + i, "AWS::EC2::Subnet", obj(
                    "VpcId", ref("Vpc"),
                    "CidrBlock", s.cidr(i),
                    "AvailabilityZone", zone,
                    "MapPublicIpOnLaunch", s.mapPublicIp(),
                    "Tags", List.of(obj("Key", "Name", "Value", s.name(i)))));
        }
        if (infra.internetGateway()) {
            add("InternetGateway", "AWS::EC2::InternetGateway", obj());
            add("GatewayAttachment", "AWS::EC2::VPCGatewayAttachment",
                    obj("VpcId", ref("Vpc"), "InternetGatewayId", ref("InternetGateway")));
        }
        for (int n = 0; n < infra.natSubnets().size(); n++) {
            add("NatAddress" + n, "AWS::EC2::EIP", obj("Domain", "vpc"), "GatewayAttachment");
            add("Nat" + n, "AWS::EC2::NatGateway", obj(
                    "AllocationId", getAtt("NatAddress" + n, "AllocationId"),
                    "SubnetId", ref("Subnet" + infra.natSubnets().get(n))));
        }
        for (int t = 0; t < infra.routeTables().size(); t++) {
            RouteTable table = infra.routeTables().get(t);
            add("RouteTable" + t, "AWS::EC2::RouteTable", obj("VpcId", ref("Vpc")));
            if (table.route() == DefaultRoute.INTERNET_GATEWAY) {
                add("DefaultRoute" + t, "AWS::EC2::Route", obj("RouteTableId", ref("RouteTable" + t),
                        "DestinationCidrBlock", "0.0.0.0/0", "GatewayId", ref("InternetGateway")), "GatewayAttachment");
            } else if (table.route() == DefaultRoute.NAT_GATEWAY) {
                add("DefaultRoute" + t, "AWS::EC2::Route", obj("RouteTableId", ref("RouteTable" + t),
                        "DestinationCidrBlock", "0.0.0.0/0", "NatGatewayId", ref("Nat" + table.nat())));
            }
            for (int s : table.subnets()) {
                add("Association" + t + "x" + s, "AWS::EC2::SubnetRouteTableAssociation",
                        obj("SubnetId", ref("Subnet" + s), "RouteTableId", ref("RouteTable" + t)));
            }
        }
    }

    private void groups() {
        for (int g = 0; g < infra.groups().size(); g++) {
            Group group = infra.groups().get(g);
            List<Object> inline = new ArrayList<>();
            for (int r = 0; r < group.ingress().size(); r++) {
                Rule rule = group.ingress().get(r);
                if (rule.fromPeer()) {
                    Map<String, Object> p = ruleProperties(rule);
                    p.put("GroupId", getAtt("Group" + g, "GroupId"));
                    p.put("SourceSecurityGroupId", getAtt("Group" + rule.peer(), "GroupId"));
                    add("Group" + g + "Ingress" + r, "AWS::EC2::SecurityGroupIngress", p);
                } else {
                    Map<String, Object> p = ruleProperties(rule);
                    p.put("CidrIp", rule.cidr());
                    inline.add(p);
                }
            }
            Object egress = group.explicitEgressInCloudFormation()
                    ? List.of(obj("IpProtocol", "-1", "CidrIp", "0.0.0.0/0")) : OMIT;
            add("Group" + g, "AWS::EC2::SecurityGroup", obj(
                    "GroupName", group.name(),
                    "GroupDescription", "group " + g,
                    "VpcId", ref("Vpc"),
                    "SecurityGroupIngress", inline.isEmpty() ? OMIT : inline,
                    "SecurityGroupEgress", egress));
        }
    }

    private static Map<String, Object> ruleProperties(Rule rule) {
        return obj("IpProtocol", rule.protocol(),
                "FromPort", rule.from() < 0 ? OMIT : rule.from(),
                "ToPort", rule.to() < 0 ? OMIT : rule.to());
    }

    private void balancer() {
        if (infra.balancer().isEmpty()) {
            return;
        }
        Balancer lb = infra.balancer().get();
        Object attributes = lb.network()
                ? List.of(obj("Key", "load_balancing.cross_zone.enabled", "Value", Boolean.toString(lb.crossZone())))
                : OMIT;
        add("LoadBalancer", "AWS::ElasticLoadBalancingV2::LoadBalancer", obj(
                "Name", lb.named() ? "agreement-lb" : OMIT,
                "Type", lb.type(),
                "Scheme", lb.internal() ? "internal" : "internet-facing",
                "Subnets", refs(lb.subnets(), "Subnet"),
                "SecurityGroups", lb.groups().isEmpty() ? OMIT : groupIds(lb.groups()),
                "LoadBalancerAttributes", attributes));
        add("TargetGroup", "AWS::ElasticLoadBalancingV2::TargetGroup", obj(
                "Name", lb.named() ? "agreement-targets" : OMIT,
                "TargetType", lb.targetType().name().toLowerCase(java.util.Locale.ROOT),
                "Protocol", lb.protocol(),
                "Port", 8080,
                "VpcId", ref("Vpc"),
                "HealthCheckPath", lb.healthCheckPath().isEmpty() ? OMIT : lb.healthCheckPath()));
        add("Listener", "AWS::ElasticLoadBalancingV2::Listener", obj(
                "LoadBalancerArn", ref("LoadBalancer"),
                "Port", 80,
                "Protocol", lb.protocol(),
                "DefaultActions", List.of(obj("Type", "forward", "TargetGroupArn", ref("TargetGroup")))));
    }

    private void ecs() {
        if (!infra.cluster()) {
            return;
        }
        add("Cluster", "AWS::ECS::Cluster", obj("ClusterName", "agreement"));
        for (int i = 0; i < infra.services().size(); i++) {
            Service s = infra.services().get(i);
            Map<String, Object> awsvpc = obj(
                    "Subnets", refs(s.subnets(), "Subnet"),
                    "SecurityGroups", s.groups().isEmpty() ? OMIT : groupIds(s.groups()),
                    "AssignPublicIp", s.publicIp() ? "ENABLED" : "DISABLED");
            Map<String, Object> p = obj(
                    "ServiceName", s.name(),
                    "Cluster", ref("Cluster"),
                    "LaunchType", "FARGATE",
                    "DesiredCount", s.desired(),
                    "TaskDefinition", "web:1",
                    "NetworkConfiguration", obj("AwsvpcConfiguration", awsvpc),
                    "LoadBalancers", s.behindTargetGroup() ? List.of(obj("ContainerName", "web", "ContainerPort", 8080,
                            "TargetGroupArn", ref("TargetGroup"))) : OMIT);
            if (s.behindTargetGroup()) {
                add("Service" + i, "AWS::ECS::Service", p, "Listener");
            } else {
                add("Service" + i, "AWS::ECS::Service", p);
            }
        }
    }

    private void scalingGroup() {
        infra.scalingGroup().ifPresent(asg -> {
            add("LaunchTemplate", "AWS::EC2::LaunchTemplate", obj(
                    "LaunchTemplateName", "agreement-hosts",
                    "LaunchTemplateData", obj("ImageId", "ami-12345678", "InstanceType", asg.instanceType())));
            add("ScalingGroup", "AWS::AutoScaling::AutoScalingGroup", obj(
                    "AutoScalingGroupName", "agreement-hosts",
                    "MinSize", Integer.toString(asg.min()),
                    "MaxSize", Integer.toString(asg.max()),
                    "DesiredCapacity", asg.desired().map(d -> (Object) Integer.toString(d)).orElse(OMIT),
                    "VPCZoneIdentifier", refs(asg.subnets(), "Subnet"),
                    "LaunchTemplate", obj("LaunchTemplateId", ref("LaunchTemplate"),
                            "Version", getAtt("LaunchTemplate", "LatestVersionNumber")),
                    "TargetGroupARNs", asg.behindTargetGroup() ? List.of(ref("TargetGroup")) : OMIT));
        });
    }

    private void database() {
        infra.database().ifPresent(db -> {
            add("DbSubnets", "AWS::RDS::DBSubnetGroup", obj(
                    "DBSubnetGroupName", "agreement-db",
                    "DBSubnetGroupDescription", "database subnets",
                    "SubnetIds", refs(db.subnets(), "Subnet")));
            add("Database", "AWS::RDS::DBInstance", obj(
                    "DBInstanceIdentifier", "orders",
                    "Engine", "postgres",
                    "DBInstanceClass", "db.t3.micro",
                    "AllocatedStorage", "20",
                    "MasterUsername", "orders",
                    "MasterUserPassword", "placeholder-password",
                    "MultiAZ", db.multiAz(),
                    "StorageEncrypted", db.encrypted(),
                    "DeletionProtection", db.deletionProtection(),
                    "PubliclyAccessible", false,
                    "DBSubnetGroupName", ref("DbSubnets"),
                    "VPCSecurityGroups", db.groups().isEmpty() ? OMIT : groupIds(db.groups())));
        });
    }

    private void bucket() {
        infra.bucket().ifPresent(b -> add("Bucket", "AWS::S3::Bucket", obj(
                "BucketName", b.name(),
                "VersioningConfiguration", b.versioning() == Versioning.UNSET ? OMIT
                        : obj("Status", b.versioning() == Versioning.ENABLED ? "Enabled" : "Suspended"),
                "BucketEncryption", b.kms() ? obj("ServerSideEncryptionConfiguration", List.of(
                        obj("ServerSideEncryptionByDefault", obj("SSEAlgorithm", "aws:kms")))) : OMIT,
                "PublicAccessBlockConfiguration", b.publicAccess() == PublicAccess.UNSET ? OMIT : obj(
                        "BlockPublicAcls", true,
                        "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true,
                        "RestrictPublicBuckets", b.publicAccess() == PublicAccess.ALL_BLOCKED))));
    }
}
