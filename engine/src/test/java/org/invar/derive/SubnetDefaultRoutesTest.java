package org.invar.derive;

import static org.invar.derive.Reads.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.model.Value;
import org.junit.jupiter.api.Test;

class SubnetDefaultRoutesTest {

    private static ModelBuilder withTable(String table, boolean main) {
        ModelBuilder b = Infra.network();
        b.entity("route_table", table).set("main", main).relate("vpc", "vpc-1");
        b.entity("route", table + "-local").set("destination", "10.0.0.0/16").set("target_type", "local")
                .relate("route_table", table);
        return b;
    }

    private static void route(ModelBuilder b, String table, String id, String destination, String targetType) {
        b.entity("route", id).set("destination", destination).set("target_type", targetType).relate("route_table", table);
    }

    private static void assertTarget(Model m, String subnet, Value target, Value isPublic) {
        assertEquals(target, value(m, "subnet", subnet, "default_route_target"));
        assertEquals(isPublic, value(m, "subnet", subnet, "is_public"));
    }

    @Test
    void aDefaultRouteToANatGatewayIsPrivate() {
        ModelBuilder b = withTable("rtb-private", false);
        route(b, "rtb-private", "r-nat", "0.0.0.0/0", "nat_gateway");
        b.entity("subnet", "subnet1").relate("route_table", "rtb-private");
        Model m = b.build();

        assertTarget(m, "subnet1", Value.of("nat_gateway"), Value.of(false));
    }

    @Test
    void aDefaultRouteToAnInternetGatewayIsPublic() {
        ModelBuilder b = withTable("rtb-public", false);
        route(b, "rtb-public", "r-igw", "0.0.0.0/0", "internet_gateway");
        b.entity("route_table", "rtb-public").relate("subnet", "subnet2");
        Model m = b.build();

        assertTarget(m, "subnet2", Value.of("internet_gateway"), Value.of(true));
    }

    @Test
    void aSubnetWithoutAssociationUsesItsVpcsMainTable() {
        ModelBuilder b = withTable("rtb-main", true);
        route(b, "rtb-main", "r-igw", "0.0.0.0/0", "internet_gateway");
        b.entity("route_table", "rtb-private").set("main", false).relate("vpc", "vpc-1");
        route(b, "rtb-private", "r-nat", "0.0.0.0/0", "nat_gateway");
        b.entity("subnet", "subnet2").relate("route_table", "rtb-private");
        Model m = b.build();

        assertTarget(m, "subnet1", Value.of("internet_gateway"), Value.of(true));
        assertTarget(m, "subnet2", Value.of("nat_gateway"), Value.of(false));
    }

    @Test
    void noRouteTableAtAllIsUnknown() {
        ModelBuilder b = Infra.network();
        b.entity("route_table", "rtb-other").set("main", false).relate("vpc", "vpc-1");
        b.entity("subnet", "loose");
        Model m = b.build();

        Value expected = Value.unknown(
                "subnet subnet1 has no route table association and its VPC has no main route table in the model");
        assertTarget(m, "subnet1", expected, expected);
        assertEquals(Value.unknown("subnet loose has no route table association and no VPC in the model"),
                value(m, "subnet", "loose", "default_route_target"));
    }

    @Test
    void aTableWithoutDefaultRouteSendsNothingToTheInternet() {
        ModelBuilder b = withTable("rtb-isolated", false);
        route(b, "rtb-isolated", "r-tgw", "10.0.0.0/8", "transit_gateway");
        route(b, "rtb-isolated", "r-v6", "::/0", "egress_only_internet_gateway");
        b.entity("subnet", "subnet1").relate("route_table", "rtb-isolated");
        Model m = b.build();

        assertTarget(m, "subnet1", Value.of("none"), Value.of(false));
    }

    @Test
    void moreSpecificRoutesDoNotCoverTheDefaultRoute() {
        ModelBuilder b = withTable("rtb", false);
        route(b, "rtb", "r-tgw", "10.0.0.0/8", "transit_gateway");
        route(b, "rtb", "r-half", "0.0.0.0/1", "vpc_peering");
        route(b, "rtb", "r-igw", "0.0.0.0/0", "internet_gateway");
        b.entity("subnet", "subnet1").relate("route_table", "rtb");
        Model m = b.build();

        assertTarget(m, "subnet1", Value.of("internet_gateway"), Value.of(true));
    }

    @Test
    void anUnknownTargetTypeIsUnknown() {
        ModelBuilder b = withTable("rtb", false);
        b.entity("route", "r-default").set("destination", "0.0.0.0/0")
                .unknown("target_type", "parameter Gateway has no value").relate("route_table", "rtb");
        b.entity("subnet", "subnet1").relate("route_table", "rtb");
        Model m = b.build();

        Value expected = Value.unknown("route r-default: target_type is unknown (parameter Gateway has no value)");
        assertTarget(m, "subnet1", expected, expected);
    }

    @Test
    void aConditionalDefaultRouteIsUnknown() {
        ModelBuilder b = withTable("rtb", false);
        route(b, "rtb", "r-nat", "0.0.0.0/0", "nat_gateway");
        b.entity("route", "r-nat").existenceUnknown("condition CreateNat cannot be decided");
        b.entity("subnet", "subnet1").relate("route_table", "rtb");
        Model m = b.build();

        assertEquals(Value.unknown("route r-nat may not exist (condition CreateNat cannot be decided)"),
                value(m, "subnet", "subnet1", "default_route_target"));
    }

    @Test
    void aCertainDefaultRouteWinsOverARouteWithUnknownDestination() {
        ModelBuilder b = withTable("rtb", false);
        route(b, "rtb", "r-igw", "0.0.0.0/0", "internet_gateway");
        b.entity("route", "r-other").unknown("destination", "parameter PeerCidr has no value")
                .set("target_type", "vpc_peering").relate("route_table", "rtb");
        b.entity("route_table", "rtb2").relate("vpc", "vpc-1");
        b.entity("route", "r-other2").unknown("destination", "parameter PeerCidr has no value")
                .set("target_type", "vpc_peering").relate("route_table", "rtb2");
        b.entity("subnet", "subnet1").relate("route_table", "rtb");
        b.entity("subnet", "subnet2").relate("route_table", "rtb2");
        Model m = b.build();

        assertTarget(m, "subnet1", Value.of("internet_gateway"), Value.of(true));
        assertEquals(Value.unknown("route r-other2: destination is unknown (parameter PeerCidr has no value)"),
                value(m, "subnet", "subnet2", "default_route_target"));
    }

    @Test
    void anUnknownAssociationIsUnknown() {
        ModelBuilder b = withTable("rtb-main", true);
        route(b, "rtb-main", "r-igw", "0.0.0.0/0", "internet_gateway");
        b.entity("subnet", "subnet1").unknownRelation("route_table", "condition Private cannot be decided");
        Model m = b.build();

        assertEquals(Value.unknown("subnet subnet1: route_table is unknown (condition Private cannot be decided)"),
                value(m, "subnet", "subnet1", "default_route_target"));
        assertTarget(m, "subnet2", Value.of("internet_gateway"), Value.of(true));
    }

    @Test
    void contradictoryDefaultRoutesAreUnknown() {
        ModelBuilder b = withTable("rtb", false);
        route(b, "rtb", "r-igw", "0.0.0.0/0", "internet_gateway");
        route(b, "rtb", "r-nat", "0.0.0.0/0", "nat_gateway");
        b.entity("subnet", "subnet1").relate("route_table", "rtb");
        Model m = b.build();

        Reads.assertUnknownMentioning(m, "subnet", "subnet1", "default_route_target", "rtb", "r-igw", "r-nat");
    }

    @Test
    void onlyIpv4SlashZeroCoversEverything() {
        assertTrue(SubnetDefaultRoutes.coversEverything("0.0.0.0/0"));
        assertTrue(SubnetDefaultRoutes.coversEverything(" 0.0.0.0/0 "));
        assertFalse(SubnetDefaultRoutes.coversEverything("::/0"));
        assertFalse(SubnetDefaultRoutes.coversEverything("0.0.0.0/1"));
        assertFalse(SubnetDefaultRoutes.coversEverything("0.0.0.0/00x"));
        assertFalse(SubnetDefaultRoutes.coversEverything("10.0.0.0/8"));
        assertFalse(SubnetDefaultRoutes.coversEverything("pl-12345"));
    }
}
