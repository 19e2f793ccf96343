package org.invar.derive;

import static org.invar.derive.Infra.AZ_A;
import static org.invar.derive.Infra.AZ_B;
import static org.invar.derive.Infra.AZ_C;
import static org.invar.derive.Reads.assertUnknownMentioning;
import static org.invar.derive.Reads.intValue;
import static org.invar.derive.Reads.unknownReason;
import static org.invar.derive.Reads.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.model.Value;
import org.junit.jupiter.api.Test;

class HealthyTargetsTest {

    private static final String NODE_A = "alb/" + AZ_A;
    private static final String NODE_B = "alb/" + AZ_B;

    private static void target(ModelBuilder b, String id, String tg, String az, String health) {
        b.entity("target", id).set("health", health).relate("target_group", tg).relate("az", az);
    }

    @Test
    void seedOneTaskOverTwoAzsGuaranteesNoTargetInEither() {
        Model m = Infra.seed(Value.of(1)).build();

        assertEquals(0, intValue(m, "az", AZ_A, "healthy_targets"));
        assertEquals(0, intValue(m, "az", AZ_B, "healthy_targets"));
        assertEquals(0, intValue(m, "lb_node", NODE_A, "healthy_targets"));
        assertEquals(0, intValue(m, "lb_node", NODE_B, "healthy_targets"));
    }

    @Test
    void seedTwoTasksOverTwoAzsGuaranteeOneTargetInEach() {
        Model m = Infra.seed(Value.of(2)).build();

        assertEquals(1, intValue(m, "az", AZ_A, "healthy_targets"));
        assertEquals(1, intValue(m, "az", AZ_B, "healthy_targets"));
        assertEquals(1, intValue(m, "lb_node", NODE_A, "healthy_targets"));
        assertEquals(1, intValue(m, "lb_node", NODE_B, "healthy_targets"));
    }

    @Test
    void seedWithUnknownDesiredCountIsUnknownWithTheReason() {
        Model m = Infra.seed(Value.unknown("parameter ServiceCount has no value")).build();

        for (String az : new String[] {AZ_A, AZ_B}) {
            assertEquals("ecs_service metadata: desired_count is unknown (parameter ServiceCount has no value)",
                    unknownReason(m, "az", az, "healthy_targets"));
        }
        assertUnknownMentioning(m, "lb_node", NODE_A, "healthy_targets", "desired_count");
        assertUnknownMentioning(m, "lb_node", NODE_B, "healthy_targets", "desired_count");
    }

    @Test
    void anAzWithoutNodeHasNoHealthyTargets() {
        Model m = Infra.seed(Value.unknown("parameter ServiceCount has no value")).build();

        assertEquals(Value.of(0), value(m, "az", AZ_C, "healthy_targets"));
    }

    @Test
    void liveTargetsCountWhenHealthyInTheNodesAz() {
        ModelBuilder b = Infra.seed(Value.of(4));
        b.entity("load_balancer", "alb").set("cross_zone", true);
        target(b, "t-a1", "tg", AZ_A, "healthy");
        target(b, "t-a2", "tg", AZ_A, "unhealthy");
        target(b, "t-a3", "tg", AZ_A, "draining");
        target(b, "t-b1", "tg", AZ_B, "initial");
        target(b, "t-c1", "tg", AZ_C, "healthy");
        Model m = b.build();

        assertEquals(1, intValue(m, "lb_node", NODE_A, "healthy_targets"));
        assertEquals(0, intValue(m, "lb_node", NODE_B, "healthy_targets"),
                "targets in other AZs do not count, cross-zone or not");
        assertEquals(1, intValue(m, "az", AZ_A, "healthy_targets"));
        assertEquals(0, intValue(m, "az", AZ_B, "healthy_targets"));
        assertEquals(0, intValue(m, "az", AZ_C, "healthy_targets"), "no load balancer has a node in AZ c");
    }

    @Test
    void anAzCountsEachTargetOnceOverItsLoadBalancers() {
        ModelBuilder b = Infra.seed(Value.of(2));
        b.entity("load_balancer", "alb2").relate("subnet", "subnet1");
        b.entity("listener", "l2").relate("load_balancer", "alb2").relate("target_group", "tg", "tg2");
        b.entity("target_group", "tg2");
        b.entity("ecs_service", "api").set("desired_count", 3L).relate("subnet", "subnet1").relate("target_group", "tg2");
        Model m = b.build();

        assertEquals(1, intValue(m, "lb_node", NODE_A, "healthy_targets"));
        assertEquals(1 + 3, intValue(m, "lb_node", "alb2/" + AZ_A, "healthy_targets"));
        assertEquals(1 + 3, intValue(m, "az", AZ_A, "healthy_targets"), "tg's target is behind both, counted once");
        assertEquals(1, intValue(m, "az", AZ_B, "healthy_targets"));
    }

    @Test
    void aLoadBalancerThatDoesNotForwardToTheGroupGetsNoneOfItsTargets() {
        ModelBuilder b = Infra.seed(Value.of(2));
        b.entity("load_balancer", "idle").relate("subnet", "subnet1");
        Model m = b.build();

        assertEquals(0, intValue(m, "lb_node", "idle/" + AZ_A, "healthy_targets"));
        assertEquals(1, intValue(m, "az", AZ_A, "healthy_targets"));
    }

    @Test
    void aTargetWithUnknownHealthMakesTheCountUnknown() {
        ModelBuilder b = Infra.seed(Value.of(0));
        target(b, "t-a1", "tg", AZ_A, "healthy");
        b.entity("target", "t-a2").unknown("health", "elasticloadbalancing:DescribeTargetHealth denied")
                .relate("target_group", "tg").relate("az", AZ_A);
        Model m = b.build();

        assertEquals("target t-a2: health is unknown (elasticloadbalancing:DescribeTargetHealth denied)",
                unknownReason(m, "lb_node", NODE_A, "healthy_targets"));
        assertEquals(0, intValue(m, "lb_node", NODE_B, "healthy_targets"), "the target is not in AZ b");
    }

    @Test
    void aTargetWithUnknownAzMakesEveryNodeOfItsLoadBalancersUnknown() {
        ModelBuilder b = Infra.seed(Value.of(0));
        b.entity("target", "t-x").set("health", "healthy").relate("target_group", "tg")
                .unknownRelation("az", "instance i-1 not described");
        b.entity("load_balancer", "other").relate("subnet", "subnet3");
        Model m = b.build();

        assertUnknownMentioning(m, "lb_node", NODE_A, "healthy_targets", "target t-x", "az");
        assertUnknownMentioning(m, "az", AZ_B, "healthy_targets", "target t-x");
        assertEquals(0, intValue(m, "az", AZ_C, "healthy_targets"), "only other's node is in AZ c");
    }

    @Test
    void anUnhealthyTargetWithUnknownAzChangesNothing() {
        ModelBuilder b = Infra.seed(Value.of(0));
        b.entity("target", "t-x").set("health", "unhealthy").relate("target_group", "tg")
                .unknownRelation("az", "instance i-1 not described");
        Model m = b.build();

        assertEquals(0, intValue(m, "lb_node", NODE_A, "healthy_targets"));
    }

    @Test
    void targetsBehindOnlyAConditionalListenerMayNotCount() {
        ModelBuilder b = Infra.seed(Value.of(0));
        b.entity("listener", "https").existenceUnknown("condition HasCertificate cannot be decided")
                .relate("load_balancer", "alb").relate("target_group", "tg2");
        b.entity("target_group", "tg2");
        target(b, "t-a1", "tg2", AZ_A, "healthy");
        target(b, "t-b1", "tg", AZ_B, "healthy");
        Model m = b.build();

        assertEquals("listener https may not exist (condition HasCertificate cannot be decided)",
                unknownReason(m, "lb_node", NODE_A, "healthy_targets"));
        assertEquals(1, intValue(m, "lb_node", NODE_B, "healthy_targets"));
    }

    @Test
    void aLoadBalancerThatMayHaveANodeHereMakesTheAzUnknownOnlyIfItHasTargetsHere() {
        ModelBuilder b = Infra.seed(Value.of(2));
        b.entity("load_balancer", "maybe").unknownRelation("subnet", "parameter Subnets has no value");
        b.entity("listener", "lm").relate("load_balancer", "maybe").relate("target_group", "tg3");
        b.entity("target_group", "tg3");
        target(b, "t-c1", "tg3", AZ_C, "healthy");
        b.entity("load_balancer", "maybe2").unknownRelation("subnet", "parameter Subnets has no value");
        b.entity("listener", "lm2").relate("load_balancer", "maybe2").relate("target_group", "tg");
        Model m = b.build();

        assertEquals("load_balancer maybe may have a node here: load_balancer maybe: subnet is unknown (parameter"
                + " Subnets has no value)", unknownReason(m, "az", AZ_C, "healthy_targets"));
        assertEquals(1, intValue(m, "az", AZ_A, "healthy_targets"),
                "maybe2 forwards to tg, whose target in AZ a alb already counts");
        assertEquals(1, intValue(m, "az", AZ_B, "healthy_targets"));
    }

    @Test
    void aConditionalLoadBalancerCountsOnItsNodesButNotSurelyOnTheAz() {
        ModelBuilder b = Infra.seed(Value.of(2));
        b.entity("load_balancer", "alb").existenceUnknown("condition Public cannot be decided");
        Model m = b.build();

        assertEquals(1, intValue(m, "lb_node", NODE_A, "healthy_targets"));
        assertInstanceOf(Value.Unknown.class, value(m, "az", AZ_A, "healthy_targets"));
        assertUnknownMentioning(m, "az", AZ_A, "healthy_targets", "load_balancer alb may not exist");
    }

    @Test
    void aNetworkLoadBalancerCountsToo() {
        ModelBuilder b = Infra.seed(Value.of(2));
        b.entity("load_balancer", "alb").set("type", "network");
        Model m = b.build();

        assertEquals(1, intValue(m, "lb_node", NODE_A, "healthy_targets"));
        assertEquals(1, intValue(m, "az", AZ_A, "healthy_targets"));
    }
}
