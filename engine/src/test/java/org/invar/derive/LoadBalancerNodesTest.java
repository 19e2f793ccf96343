package org.invar.derive;

import static org.invar.derive.Infra.AZ_A;
import static org.invar.derive.Infra.AZ_B;
import static org.invar.derive.Infra.AZ_C;
import static org.invar.derive.Reads.exists;
import static org.invar.derive.Reads.related;
import static org.invar.derive.Reads.relationUnknown;
import static org.invar.derive.Reads.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.model.Origin;
import org.invar.model.Value;
import org.junit.jupiter.api.Test;

class LoadBalancerNodesTest {

    @Test
    void oneNodePerAzOfItsSubnets() {
        ModelBuilder b = Infra.network();
        b.entity("load_balancer", "alb").set("type", "application").origin(Origin.at("lb.yml", 3, 5))
                .relate("subnet", "subnet1", "subnet2");
        Model m = b.build();

        assertEquals(List.of("alb/" + AZ_A, "alb/" + AZ_B), m.table("lb_node").ids());
        assertEquals(List.of(AZ_A, AZ_B), related(m, "load_balancer", "alb", "az"));
        assertEquals(List.of("alb/" + AZ_A, "alb/" + AZ_B), related(m, "load_balancer", "alb", "lb_node"));
        assertEquals(List.of("alb"), related(m, "lb_node", "alb/" + AZ_A, "load_balancer"));
        assertEquals(List.of(AZ_B), related(m, "lb_node", "alb/" + AZ_B, "az"));
        assertEquals(List.of("subnet2"), related(m, "lb_node", "alb/" + AZ_B, "subnet"));
        assertEquals(Value.of("application"), value(m, "lb_node", "alb/" + AZ_A, "type"));
        assertEquals(List.of("alb/" + AZ_A), related(m, "az", AZ_A, "lb_node"));
        assertEquals(List.of("alb/" + AZ_A), related(m, "az", AZ_A, "alb_node"));
        assertEquals(List.of(), related(m, "az", AZ_C, "lb_node"));
        assertEquals("lb.yml:3:5", m.table("lb_node").origin(Reads.index(m, "lb_node", "alb/" + AZ_A)).display());
        assertNull(relationUnknown(m, "load_balancer", "alb", "az"));
        assertNull(relationUnknown(m, "az", AZ_C, "lb_node"));
    }

    @Test
    void aLoadBalancerWithoutTypeIsAnApplicationLoadBalancer() {
        ModelBuilder b = Infra.network();
        b.entity("load_balancer", "lb").relate("subnet", "subnet1");
        Model m = b.build();

        assertEquals(Value.of("application"), value(m, "lb_node", "lb/" + AZ_A, "type"));
        assertEquals(List.of("lb/" + AZ_A), related(m, "az", AZ_A, "alb_node"));
        assertNull(value(m, "load_balancer", "lb", "type"), "the load balancer's own facts are left as read");
    }

    @Test
    void aNetworkLoadBalancerHasNodesButNoAlbNodes() {
        ModelBuilder b = Infra.network();
        b.entity("load_balancer", "nlb").set("type", "network").relate("subnet", "subnet1", "subnet3");
        Model m = b.build();

        assertEquals(Value.of("network"), value(m, "lb_node", "nlb/" + AZ_C, "type"));
        assertEquals(List.of("nlb/" + AZ_C), related(m, "az", AZ_C, "lb_node"));
        assertEquals(List.of(), related(m, "az", AZ_C, "alb_node"));
    }

    @Test
    void twoSubnetsInOneAzMakeOneNodeInBoth() {
        ModelBuilder b = Infra.network();
        b.entity("subnet", "subnet1b").relate("az", AZ_A).relate("vpc", "vpc-1");
        b.entity("load_balancer", "alb").relate("subnet", "subnet1", "subnet1b");
        Model m = b.build();

        assertEquals(List.of("alb/" + AZ_A), m.table("lb_node").ids());
        assertEquals(List.of("subnet1", "subnet1b"), related(m, "lb_node", "alb/" + AZ_A, "subnet"));
        assertEquals(List.of(AZ_A), related(m, "load_balancer", "alb", "az"));
    }

    @Test
    void aLoadBalancerWithoutSubnetsHasNoNodes() {
        ModelBuilder b = Infra.network();
        b.entity("load_balancer", "alb");
        Model m = b.build();

        assertEquals(0, m.table("lb_node").size());
        assertEquals(List.of(), related(m, "load_balancer", "alb", "az"));
        assertNull(relationUnknown(m, "load_balancer", "alb", "az"));
    }

    @Test
    void aSubnetListThatMayBeLongerHidesANodeThatMayBeInAnyOtherAz() {
        ModelBuilder b = Infra.network();
        b.entity("load_balancer", "alb").relate("subnet", "subnet1")
                .unknownRelation("subnet", "parameter Subnets may list more subnets");
        Model m = b.build();

        assertEquals(List.of("alb/" + AZ_A, "alb" + LoadBalancerNodes.UNPLACED), m.table("lb_node").ids(),
                "the known node is still derived, beside the one whose zone is not known");
        assertEquals(List.of(AZ_A), related(m, "load_balancer", "alb", "az"));
        String reason = relationUnknown(m, "load_balancer", "alb", "az");
        assertEquals("load_balancer alb: subnet is unknown (parameter Subnets may list more subnets)", reason);
        assertEquals(reason, relationUnknown(m, "load_balancer", "alb", "lb_node"));

        assertNull(relationUnknown(m, "az", AZ_A, "lb_node"), "the node in AZ a is known");
        for (String az : List.of(AZ_B, AZ_C)) {
            String here = relationUnknown(m, "az", az, "lb_node");
            assertEquals("load_balancer alb may have a node here: " + reason, here);
            assertEquals(here, relationUnknown(m, "az", az, "alb_node"));
        }
    }

    @Test
    void aLoadBalancerWhoseSubnetsAreUnknownMayHaveANodeOnlyInTheZonesOfItsRegion() {
        ModelBuilder b = Infra.network();
        b.entity("region", "us-east-1");
        b.entity("region", "eu-west-1");
        b.find("az", AZ_A).orElseThrow().relate("region", "us-east-1");
        b.find("az", AZ_B).orElseThrow().relate("region", "eu-west-1");
        // AZ c has no known region: a load balancer of either region may have a node there.
        b.entity("load_balancer", "unlisted").relate("region", "eu-west-1")
                .unknownRelation("subnet", "DescribeLoadBalancers denied in eu-west-1")
                .unknownRelation("listener", "DescribeLoadBalancers denied in eu-west-1");
        Model m = b.build();

        String reason = "load_balancer unlisted may have a node here: load_balancer unlisted: subnet is unknown"
                + " (DescribeLoadBalancers denied in eu-west-1)";
        assertNull(relationUnknown(m, "az", AZ_A, "lb_node"), "a zone of another region holds none of its nodes");
        assertNull(relationUnknown(m, "az", AZ_A, "alb_node"));
        assertEquals(List.of(), related(m, "az", AZ_A, "alb_node"));
        assertEquals(reason, relationUnknown(m, "az", AZ_B, "alb_node"));
        assertEquals(reason, relationUnknown(m, "az", AZ_C, "alb_node"));
        assertEquals(Value.of(0), value(m, "az", AZ_A, "healthy_targets"));
        assertTrue(value(m, "az", AZ_B, "healthy_targets") instanceof Value.Unknown);
    }

    @Test
    void aSubnetWhoseAzIsUnknownHasANodeInASymbolicZoneOtherThanItsLoadBalancersOthers() {
        ModelBuilder b = Infra.network();
        b.entity("subnet", "subnetX").unknownRelation("az", "AWS picks the zone").relate("vpc", "vpc-1");
        b.entity("load_balancer", "alb").relate("subnet", "subnet1", "subnetX");
        Model m = b.build();

        String zone = "zone of subnetX";
        assertEquals(List.of("alb/" + AZ_A, "alb/" + zone), m.table("lb_node").ids());
        assertEquals(List.of(AZ_A, zone), related(m, "load_balancer", "alb", "az"));
        assertNull(relationUnknown(m, "load_balancer", "alb", "az"), "two nodes, in two different zones");
        assertEquals("the zone of subnet subnetX", m.table("az").symbolic(m.table("az").find(zone).orElseThrow())
                .meaning());
        assertNull(relationUnknown(m, "az", AZ_A, "lb_node"), "a load balancer's subnets are in different zones");
        for (String az : List.of(AZ_B, AZ_C)) {
            assertEquals("load_balancer alb may have a node here: the zone of subnet subnetX (AWS picks the zone)"
                    + " may be the same zone as az " + az, relationUnknown(m, "az", az, "alb_node"));
        }
    }

    @Test
    void anUnknownSubnetRelationMakesTheAzsUnknown() {
        ModelBuilder b = Infra.network();
        b.entity("load_balancer", "alb").unknownRelation("subnet", "parameter Subnets has no value");
        Model m = b.build();

        assertEquals("load_balancer alb: subnet is unknown (parameter Subnets has no value)",
                relationUnknown(m, "load_balancer", "alb", "az"));
        assertTrue(relationUnknown(m, "az", AZ_B, "alb_node").startsWith("load_balancer alb may have a node here"));
    }

    @Test
    void aLoadBalancerWhoseSubnetsAreUnknownHasANodeInAnUnknownZoneThatTheCriticalRuleCannotPass() {
        ModelBuilder b = Infra.network();
        b.entity("load_balancer", "alb").unknownRelation("subnet", "DescribeLoadBalancers denied")
                .relate("subnet", "subnet1");
        Model m = b.build();

        String id = "alb" + LoadBalancerNodes.UNPLACED;
        int node = Reads.index(m, "lb_node", id);
        assertEquals("load_balancer alb may have a node in an AZ that is not known: load_balancer alb: subnet is"
                + " unknown (DescribeLoadBalancers denied)", m.table(m.schema().kindIndex("lb_node")).existenceUnknown(node));
        assertEquals(Value.of("application"), value(m, "lb_node", id, "type"));
        assertTrue(value(m, "lb_node", id, "healthy_targets") instanceof Value.Unknown);
        assertEquals(List.of("alb/" + AZ_A, id), related(m, "load_balancer", "alb", "lb_node"));
        org.invar.report.Report report = org.invar.Invar.compile(
                "every lb_node with type == \"application\" has healthy_targets >= 1").evaluate(m);
        assertEquals(List.of(id), report.unknowns().stream().map(f -> f.entity().id()).toList());
        assertEquals(List.of("alb/" + AZ_A), report.violations().stream().map(f -> f.entity().id()).toList());
    }

    @Test
    void aLoadBalancerWithKnownZonesHasNoNodeInAnUnknownOne() {
        ModelBuilder b = Infra.network();
        b.entity("load_balancer", "alb").relate("subnet", "subnet1");
        Model m = b.build();
        assertFalse(exists(m, "lb_node", "alb" + LoadBalancerNodes.UNPLACED));
    }

    @Test
    void aNetworkLoadBalancerWithAHiddenNodeLeavesAlbNodesKnown() {
        ModelBuilder b = Infra.network();
        b.entity("subnet", "subnetX").unknownRelation("az", "AWS picks the zone");
        b.entity("load_balancer", "nlb").set("type", "network").relate("subnet", "subnetX");
        Model m = b.build();

        assertTrue(relationUnknown(m, "az", AZ_A, "lb_node") != null);
        assertNull(relationUnknown(m, "az", AZ_A, "alb_node"));
    }

    @Test
    void anUnknownTypeMakesTheNodeTypeAndAlbNodesUnknown() {
        ModelBuilder b = Infra.network();
        b.entity("load_balancer", "lb").unknown("type", "parameter LbType has no value").relate("subnet", "subnet1");
        Model m = b.build();

        assertEquals(Value.unknown("load_balancer lb: type is unknown (parameter LbType has no value)"),
                value(m, "lb_node", "lb/" + AZ_A, "type"));
        assertEquals(List.of("lb/" + AZ_A), related(m, "az", AZ_A, "lb_node"));
        assertEquals(List.of(), related(m, "az", AZ_A, "alb_node"));
        assertEquals("load_balancer lb: type is unknown (parameter LbType has no value)",
                relationUnknown(m, "az", AZ_A, "alb_node"));
        assertNull(relationUnknown(m, "az", AZ_B, "alb_node"));
    }

    @Test
    void aConditionalLoadBalancerHasConditionalNodes() {
        ModelBuilder b = Infra.network();
        b.entity("load_balancer", "alb").existenceUnknown("condition IsProd cannot be decided")
                .relate("subnet", "subnet1");
        Model m = b.build();

        int node = Reads.index(m, "lb_node", "alb/" + AZ_A);
        assertEquals("condition IsProd cannot be decided", m.table("lb_node").existenceUnknown(node));
    }

    @Test
    void nodesThatNoLongerFollowAreRemovedOnTheNextBuild() {
        ModelBuilder b = Infra.network();
        b.entity("load_balancer", "alb").relate("subnet", "subnet1", "subnet2");
        assertTrue(exists(b.build(), "lb_node", "alb/" + AZ_B));

        b.remove("subnet", "subnet2");
        Model m = b.build();
        assertFalse(exists(m, "lb_node", "alb/" + AZ_B));
        assertTrue(exists(m, "lb_node", "alb/" + AZ_A));
        assertEquals(List.of(), related(m, "az", AZ_B, "alb_node"));
    }
}
