package org.invar.derive;

import static org.invar.derive.Reads.related;
import static org.invar.derive.Reads.relationUnknown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.model.Value;
import org.junit.jupiter.api.Test;

class TargetGroupLoadBalancersTest {

    @Test
    void aListenerLinksItsLoadBalancerAndTargetGroupBothWays() {
        Model m = Infra.seed(Value.of(2)).build();

        assertEquals(List.of("alb"), related(m, "target_group", "tg", "load_balancer"));
        assertEquals(List.of("tg"), related(m, "load_balancer", "alb", "target_group"));
        assertNull(relationUnknown(m, "load_balancer", "alb", "target_group"));
    }

    @Test
    void twoListenersToOneTargetGroupMakeOneEdgeAndTwoGroupsTwo() {
        ModelBuilder b = Infra.seed(Value.of(2));
        b.entity("listener", "https").relate("load_balancer", "alb").relate("target_group", "tg", "tg2");
        b.entity("target_group", "tg2");
        b.entity("target_group", "unused");
        Model m = b.build();

        assertEquals(List.of("tg", "tg2"), related(m, "load_balancer", "alb", "target_group"));
        assertEquals(List.of("alb"), related(m, "target_group", "tg", "load_balancer"));
        assertEquals(List.of(), related(m, "target_group", "unused", "load_balancer"));
    }

    @Test
    void aListenerWithUnknownTargetGroupsMakesTheLoadBalancersTargetGroupsUnknown() {
        ModelBuilder b = Infra.seed(Value.of(2));
        b.entity("listener", "https").relate("load_balancer", "alb")
                .unknownRelation("target_group", "rule action refers to an unknown resource");
        Model m = b.build();

        assertEquals(List.of("tg"), related(m, "load_balancer", "alb", "target_group"));
        assertEquals("listener https: target_group is unknown (rule action refers to an unknown resource)",
                relationUnknown(m, "load_balancer", "alb", "target_group"));
    }

    @Test
    void aListenerWithAnUnknownLoadBalancerMakesTheTargetGroupsLoadBalancersUnknown() {
        ModelBuilder b = Infra.seed(Value.of(2));
        b.entity("listener", "other").unknownRelation("load_balancer", "imported value").relate("target_group", "tg");
        Model m = b.build();

        assertEquals("listener other: load_balancer is unknown (imported value)",
                relationUnknown(m, "target_group", "tg", "load_balancer"));
        assertEquals("target_group tg: load_balancer is unknown (listener other: load_balancer is unknown "
                + "(imported value))", relationUnknown(m, "ecs_service", "metadata", "load_balancer"));
    }

    @Test
    void aForwardingListenerOfNoKnownLoadBalancerMayBeAnyLoadBalancers() {
        // An imported listener no input exports: a rule of it may add targets behind alb, so
        // alb's zones are not known to be without targets.
        ModelBuilder b = Infra.seed(Value.of(1));
        b.entity("target_group", "imported-tg");
        b.entity("listener", "import:shared:Listener").unknownRelation("load_balancer", "imported value")
                .relate("target_group", "imported-tg");
        Model m = b.build();

        assertEquals(List.of("tg"), related(m, "load_balancer", "alb", "target_group"));
        assertEquals("listener import:shared:Listener: load_balancer is unknown (imported value)",
                relationUnknown(m, "load_balancer", "alb", "target_group"));
        assertEquals("listener import:shared:Listener: load_balancer is unknown (imported value)",
                Reads.unknownReason(m, "lb_node", "alb/" + Infra.AZ_A, "healthy_targets"));
    }

    @Test
    void aListenerOfNoKnownLoadBalancerThatForwardsNowhereChangesNothing() {
        ModelBuilder b = Infra.seed(Value.of(2));
        b.entity("listener", "redirect").unknownRelation("load_balancer", "imported value");
        Model m = b.build();

        assertNull(relationUnknown(m, "load_balancer", "alb", "target_group"));
    }

    @Test
    void aLinkOnlyThroughAConditionalListenerIsDerivedButUnknown() {
        ModelBuilder b = Infra.seed(Value.of(2));
        b.entity("listener", "https").existenceUnknown("condition HasCertificate cannot be decided")
                .relate("load_balancer", "alb").relate("target_group", "tg2");
        b.entity("target_group", "tg2");
        Model m = b.build();

        assertEquals(List.of("tg", "tg2"), related(m, "load_balancer", "alb", "target_group"));
        assertEquals("listener https may not exist (condition HasCertificate cannot be decided)",
                relationUnknown(m, "load_balancer", "alb", "target_group"));
        assertEquals("listener https may not exist (condition HasCertificate cannot be decided)",
                relationUnknown(m, "target_group", "tg2", "load_balancer"));
        assertNull(relationUnknown(m, "target_group", "tg", "load_balancer"));
    }

    @Test
    void aConditionalListenerBesideACertainOneChangesNothing() {
        ModelBuilder b = Infra.seed(Value.of(2));
        b.entity("listener", "https").existenceUnknown("condition HasCertificate cannot be decided")
                .relate("load_balancer", "alb").relate("target_group", "tg");
        Model m = b.build();

        assertNull(relationUnknown(m, "load_balancer", "alb", "target_group"));
        assertNull(relationUnknown(m, "target_group", "tg", "load_balancer"));
    }

    @Test
    void aServiceIsBehindTheLoadBalancersOfItsTargetGroups() {
        ModelBuilder b = Infra.seed(Value.of(2));
        b.entity("load_balancer", "internal").set("scheme", "internal").relate("subnet", "subnet1");
        b.entity("listener", "grpc").relate("load_balancer", "internal").relate("target_group", "tg2");
        b.entity("target_group", "tg2").relate("ecs_service", "metadata");
        b.entity("ecs_service", "batch").relate("subnet", "subnet1");
        Model m = b.build();

        assertEquals(List.of("alb", "internal"), related(m, "ecs_service", "metadata", "load_balancer"));
        assertEquals(List.of(), related(m, "ecs_service", "batch", "load_balancer"));
        assertNull(relationUnknown(m, "ecs_service", "metadata", "load_balancer"));
    }

    @Test
    void aServiceWithUnknownTargetGroupsHasUnknownLoadBalancers() {
        ModelBuilder b = Infra.seed(Value.of(2));
        b.entity("ecs_service", "metadata").unknownRelation("target_group", "condition UseLb cannot be decided");
        Model m = b.build();

        assertEquals(List.of("alb"), related(m, "ecs_service", "metadata", "load_balancer"));
        assertEquals("ecs_service metadata: target_group is unknown (condition UseLb cannot be decided)",
                relationUnknown(m, "ecs_service", "metadata", "load_balancer"));
    }
}
