package org.invar.derive;

import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.model.Value;

/** Small infrastructures, built by hand, for the derivation tests. */
final class Infra {
    static final String AZ_A = "us-east-1a";
    static final String AZ_B = "us-east-1b";
    static final String AZ_C = "us-east-1c";

    private Infra() {
    }

    /** Three AZs, a VPC, subnet1 in AZ a and subnet2 in AZ b, subnet3 in AZ c. */
    static ModelBuilder network() {
        ModelBuilder b = Model.builder();
        for (String az : new String[] {AZ_A, AZ_B, AZ_C}) {
            b.entity("az", az).set("name", az);
        }
        b.entity("vpc", "vpc-1").set("cidr", "10.0.0.0/16");
        b.entity("subnet", "subnet1").relate("az", AZ_A).relate("vpc", "vpc-1");
        b.entity("subnet", "subnet2").relate("az", AZ_B).relate("vpc", "vpc-1");
        b.entity("subnet", "subnet3").relate("az", AZ_C).relate("vpc", "vpc-1");
        return b;
    }

    /**
     * The seed scenario: an ALB in subnet1 and subnet2 (two AZs), a listener forwarding to a
     * target group, and the ECS service "metadata" with the given desired count in both subnets,
     * registered in the target group.
     */
    static ModelBuilder seed(Value desiredCount) {
        ModelBuilder b = network();
        b.entity("load_balancer", "alb").set("type", "application").set("scheme", "internet-facing")
                .relate("subnet", "subnet1", "subnet2");
        b.entity("listener", "http").set("port", 80L).relate("load_balancer", "alb").relate("target_group", "tg");
        b.entity("target_group", "tg").set("port", 8080L);
        b.entity("ecs_service", "metadata").set("desired_count", desiredCount).relate("subnet", "subnet1", "subnet2")
                .relate("target_group", "tg");
        return b;
    }
}
