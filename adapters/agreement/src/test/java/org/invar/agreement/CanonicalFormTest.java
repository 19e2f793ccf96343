package org.invar.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.invar.agreement.CanonicalForm.Exclusion;
import org.invar.model.Model;
import org.invar.model.Value;
import org.junit.jupiter.api.Test;

/** The comparison itself: ids forgotten, everything else seen, and a difference named. */
class CanonicalFormTest {
    /** Two subnets in two zones, a load balancer in the first; ids start with the prefix. */
    private static Model model(String p, String lbZone, String cidr) {
        return Model.builder()
                .entity("az", "us-east-1a").set("name", "us-east-1a").end()
                .entity("az", "us-east-1b").set("name", "us-east-1b").end()
                .entity("subnet", p + "s1").set("cidr", cidr).set("id", Value.unknown("later")).relate("az", "us-east-1a").end()
                .entity("subnet", p + "s2").set("cidr", "10.0.2.0/24").relate("az", "us-east-1b").end()
                .entity("load_balancer", p + "lb").set("type", "application")
                .relate("subnet", lbZone.equals("a") ? p + "s1" : p + "s2").end()
                .build();
    }

    private static List<String> differences(Model a, Model b, List<Exclusion> exclusions) {
        return CanonicalForm.of(a, "A", b, "B", exclusions).differences();
    }

    @Test
    void renamedIdsAreEqual() {
        CanonicalForm canon = CanonicalForm.of(model("x-", "a", "10.0.1.0/24"), "A", model("y-", "a", "10.0.1.0/24"), "B",
                List.of());
        assertEquals(List.of(), canon.differences());
        assertEquals(canon.label(0, "load_balancer", "x-lb"), canon.label(1, "load_balancer", "y-lb"));
        assertNotEquals(canon.label(0, "subnet", "x-s1"), canon.label(1, "subnet", "y-s2"));
    }

    @Test
    void anAttributeThatDiffersIsNamed() {
        List<String> d = differences(model("x-", "a", "10.0.1.0/24"), model("y-", "a", "10.0.9.0/24"), List.of());
        assertEquals(1, d.size(), d::toString);
        assertTrue(d.get(0).startsWith("subnet: 1 only in A, 1 only in B"), d.get(0));
        assertTrue(d.get(0).contains("differ in: cidr"), d.get(0));
    }

    @Test
    void anExcludedAttributeIsNotCompared() {
        assertEquals(List.of(), differences(model("x-", "a", "10.0.1.0/24"), model("y-", "a", "10.0.9.0/24"),
                List.of(new Exclusion("subnet", "cidr", "test"))));
    }

    @Test
    void aRelationToAnotherEntityIsNamedAlthoughEveryAttributeIsEqual() {
        // The same entities by their attributes; only which subnet the load balancer is in differs.
        List<String> d = differences(model("x-", "a", "10.0.1.0/24"), model("y-", "b", "10.0.1.0/24"), List.of());
        String all = String.join("\n", d);
        // The zones tell it first: the zone with the load balancer's node differs (derived relations count too).
        assertTrue(all.startsWith("az: ") && all.contains("differ in: az, subnet") || all.contains("differ in: subnet"), all);
        assertTrue(!all.contains("cidr\n") && !all.contains("differ in: type"), all);
    }

    /** An ALB over two subnets whose zones are not known, named as one format names them, and a subnet in us-east-1a. */
    static Model albOnSubnetsWithoutZones(String first, String second) {
        return Model.builder()
                .entity("az", "us-east-1a").set("name", "us-east-1a").end()
                .entity("subnet", "named").set("cidr", "10.0.0.0/24").relate("az", "us-east-1a").end()
                .entity("subnet", first).set("cidr", "10.0.1.0/24").unknownRelation("az", "AWS picks it").end()
                .entity("subnet", second).set("cidr", "10.0.2.0/24").unknownRelation("az", "known after apply").end()
                .entity("load_balancer", "lb").set("type", "application").relate("subnet", first, second).end()
                .build();
    }

    @Test
    void symbolicZonesMapOntoEachOtherWhateverTheirIdsAndCauses() {
        CanonicalForm canon = CanonicalForm.of(albOnSubnetsWithoutZones("Subnet1", "Subnet2"), "A",
                albOnSubnetsWithoutZones("aws_subnet.s1", "aws_subnet.s2"), "B", List.of());
        assertEquals(List.of(), canon.differences());
        assertEquals(canon.label(0, "az", "zone of Subnet1"), canon.label(1, "az", "zone of aws_subnet.s1"));
        assertNotEquals(canon.label(0, "az", "zone of Subnet1"), canon.label(1, "az", "us-east-1a"));
    }

    @Test
    void aSymbolicZoneIsNotAZoneWhoseNameIsUnknown() {
        Model symbolic = Model.builder()
                .entity("subnet", "s").unknownRelation("az", "AWS picks it").end().build();
        Model unnamed = Model.builder()
                .entity("az", "z").set("name", Value.unknown("not known")).end()
                .entity("subnet", "s").relate("az", "z").end().build();
        List<String> d = differences(symbolic, unnamed, List.of());
        assertEquals(1, d.size(), d::toString);
        assertTrue(d.get(0).startsWith("az: 1 only in A, 1 only in B") && d.get(0).contains("differ in: (symbolic)"),
                d.get(0));
    }

    @Test
    void unknownIsNeitherAbsentNorAValue() {
        Model unknown = Model.builder().entity("vpc", "v").set("cidr", Value.unknown("a reason")).end().build();
        Model otherReason = Model.builder().entity("vpc", "w").set("cidr", Value.unknown("another reason")).end().build();
        Model absent = Model.builder().entity("vpc", "v").end().build();
        Model known = Model.builder().entity("vpc", "v").set("cidr", "10.0.0.0/16").end().build();
        assertEquals(List.of(), differences(unknown, otherReason, List.of()));
        assertTrue(differences(unknown, absent, List.of()).get(0).contains("differ in: cidr"));
        assertTrue(differences(unknown, known, List.of()).get(0).contains("differ in: cidr"));
    }
}
