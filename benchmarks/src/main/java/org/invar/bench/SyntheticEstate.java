package org.invar.bench;

import org.invar.model.EntityBuilder;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;

/**
 * A synthetic AWS estate made of application stacks, each about 24 entities once derived (a VPC,
 * three subnets, route tables with routes to an internet and a NAT gateway, an internet-facing
 * ALB in two subnets, a listener and target group, an ECS cluster with three instances and a
 * service, a security group). Fifty stacks share a region of three AZs. Some stacks (one in a
 * hundred by default) are broken in the ways the design's rules look for, so every rule has
 * findings to explain.
 */
public final class SyntheticEstate {
    /** Entities per stack once derived: 20 read, 2 load balancer nodes, 2 predicted targets. */
    public static final int ENTITIES_PER_STACK = 24;
    private static final int STACKS_PER_REGION = 50;

    private SyntheticEstate() {
    }

    /** An estate of about {@code entities} entities, one stack in a hundred broken. */
    public static Model ofSize(int entities) {
        return ofSize(entities, 1);
    }

    /** An estate of about {@code entities} entities, {@code brokenPercent} stacks in a hundred broken. */
    public static Model ofSize(int entities, int brokenPercent) {
        int stacks = Math.max(1, entities / ENTITIES_PER_STACK);
        ModelBuilder b = Model.builder();
        for (int r = 0; r <= (stacks - 1) / STACKS_PER_REGION; r++) {
            b.entity("region", "r" + r).set("name", "region-" + r);
            for (int k = 0; k < 3; k++) {
                b.entity("az", az(r, k)).set("name", "region-" + r + (char) ('a' + k)).relate("region", "r" + r);
            }
        }
        for (int u = 0; u < stacks; u++) {
            stack(b, u, u % 100 < brokenPercent);
        }
        return b.build();
    }

    private static String az(int region, int k) {
        return "r" + region + "-az" + k;
    }

    private static void stack(ModelBuilder b, int u, boolean broken) {
        int region = u / STACKS_PER_REGION;
        String vpc = "vpc-" + u;
        b.entity("vpc", vpc).set("id", vpc).set("cidr", "10.0.0.0/16");
        String pub = "rtb-pub-" + u;
        String priv = "rtb-priv-" + u;
        b.entity("route_table", pub).set("id", pub).relate("vpc", vpc);
        b.entity("route_table", priv).set("id", priv).relate("vpc", vpc);
        b.entity("internet_gateway", "igw-" + u).set("id", "igw-" + u).relate("vpc", vpc);
        b.entity("route", "r-pub-" + u).set("destination", "0.0.0.0/0").set("target_type", "internet_gateway")
                .set("target_id", "igw-" + u).relate("route_table", pub);
        b.entity("route", "r-priv-" + u).set("destination", "0.0.0.0/0").set("target_type", "nat_gateway")
                .set("target_id", "nat-" + u).relate("route_table", priv);
        String[] subnets = new String[3];
        for (int k = 0; k < 3; k++) {
            subnets[k] = "subnet-" + u + "-" + k;
            b.entity("subnet", subnets[k]).set("id", subnets[k]).set("cidr", "10.0." + k + ".0/24")
                    .relate("az", az(region, (u + k) % 3)).relate("vpc", vpc).relate("route_table", k < 2 ? pub : priv);
        }
        b.entity("nat_gateway", "nat-" + u).set("id", "nat-" + u).relate("subnet", subnets[0])
                .relate("az", az(region, u % 3)).relate("vpc", vpc);
        String lb = "alb-" + u;
        EntityBuilder alb = b.entity("load_balancer", lb).set("name", lb).set("type", "application")
                .set("scheme", "internet-facing").set("cross_zone", true)
                .relate("subnet", subnets[0], broken ? subnets[2] : subnets[1]);
        alb.relate("listener", "listener-" + u);
        b.entity("listener", "listener-" + u).set("port", 443).set("protocol", "HTTPS").relate("target_group", "tg-" + u);
        b.entity("target_group", "tg-" + u).set("name", "tg-" + u).set("target_type", "ip").set("port", 8080)
                .set("protocol", "HTTP");
        String cluster = "cluster-" + u;
        b.entity("ecs_cluster", cluster).set("name", cluster);
        for (int k = 0; k < 3; k++) {
            String instance = "i-" + u + "-" + k;
            int zone = broken ? 0 : k;
            b.entity("instance", instance).set("id", instance).set("instance_type", "m5.large").set("state", "running")
                    .relate("az", az(region, (u + zone) % 3)).relate("subnet", subnets[zone]).relate("ecs_cluster", cluster);
        }
        b.entity("ecs_service", "svc-" + u).set("name", "svc-" + u).set("launch_type", "EC2")
                .set("desired_count", broken ? 1 : 2).set("scheduling_strategy", "REPLICA")
                .relate("ecs_cluster", cluster).relate("subnet", subnets[0], subnets[1]).relate("target_group", "tg-" + u)
                .relate("security_group", "sg-" + u);
        b.entity("security_group", "sg-" + u).set("id", "sg-" + u).set("name", "svc-" + u).relate("vpc", vpc)
                .relate("ingress", "in-" + u);
        b.entity("ingress", "in-" + u).set("protocol", "tcp").set("from_port", 8080).set("to_port", 8080)
                .set("cidr", "10.0.0.0/16");
    }
}
