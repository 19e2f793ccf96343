package org.invar.aws.map;

import java.util.Map;
import org.invar.aws.scan.ScanScope;

/** ARNs of resources known by id, and names read back from ARNs. */
final class Arns {
    /** EC2 kinds and their ARN resource types. */
    private static final Map<String, String> EC2 = Map.of(
            "vpc", "vpc/", "subnet", "subnet/", "route_table", "route-table/",
            "internet_gateway", "internet-gateway/", "nat_gateway", "natgateway/",
            "security_group", "security-group/", "instance", "instance/");

    private Arns() {
    }

    /** The ARN to put in an entity's origin: its id when that is an ARN, else one built from it. */
    static String of(ScanScope scope, String kind, String id) {
        if (id.startsWith("arn:")) {
            return id;
        }
        String type = EC2.get(kind);
        if (type != null) {
            return scope.arn("ec2", type + id);
        }
        if (kind.equals("bucket")) {
            return "arn:" + scope.partition() + ":s3:::" + id;
        }
        return id;
    }

    /**
     * The name in an ARN: the part after the resource type, and for ELB resources and new-style
     * ECS services the middle part ({@code loadbalancer/app/NAME/id}, {@code service/CLUSTER/NAME}).
     */
    static String name(String arn) {
        String[] fields = arn.split(":", 6);
        if (fields.length < 6) {
            return arn;
        }
        String resource = fields[5];
        String[] parts = resource.split("/");
        if (resource.startsWith("loadbalancer/") && parts.length >= 3) {
            return parts[2];
        }
        if (resource.startsWith("targetgroup/") && parts.length >= 2) {
            return parts[1];
        }
        if (resource.startsWith("autoScalingGroup:")) {
            return resource.substring(resource.indexOf("autoScalingGroupName/") + "autoScalingGroupName/".length());
        }
        if (resource.startsWith("db:")) {
            return resource.substring(3);
        }
        return parts[parts.length - 1];
    }

    /** The load balancer type an ELB ARN spells: {@code app}, {@code net} or {@code gwy}. */
    static String loadBalancerType(String arn) {
        if (arn.contains(":loadbalancer/net/")) {
            return "network";
        }
        if (arn.contains(":loadbalancer/gwy/")) {
            return "gateway";
        }
        return "application";
    }
}
