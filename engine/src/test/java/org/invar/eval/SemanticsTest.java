package org.invar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.invar.CompileResult;
import org.invar.Invar;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.report.Report;
import org.invar.report.Verdict;
import org.invar.schema.AttributeDef;
import org.invar.schema.Schema;
import org.invar.schema.ValueType;
import org.junit.jupiter.api.Test;

/** The meaning of scope, absence and unknown at the edges. */
class SemanticsTest {

    private static Model buckets(boolean... blocked) {
        ModelBuilder b = Model.builder();
        for (int i = 0; i < blocked.length; i++) {
            b.entity("bucket", "b" + i).set("public_access_blocked", blocked[i]);
        }
        return b.build();
    }

    private static Verdict verdict(String rule, Model model) {
        return Invar.compile(rule).evaluate(model).results().get(0).verdict();
    }

    @Test
    void withoutHasTheFilterIsTheClaimOverEveryEntity() {
        String rule = "no bucket with public_access_blocked == false";
        assertEquals(Verdict.PASS, verdict(rule, buckets(true, true)));
        Report report = Invar.compile(rule).evaluate(buckets(true, false));
        assertEquals(List.of("b1"), report.violations().stream().map(f -> f.entity().id()).toList());
        assertEquals(Verdict.FAIL, verdict("every bucket with public_access_blocked", buckets(true, false)));
        assertEquals(Verdict.SKIP, verdict(rule, buckets()));
    }

    @Test
    void countingQuantifiersCountOverTheWholeKind() {
        assertEquals(Verdict.FAIL, verdict("at least 1 bucket with public_access_blocked == false", buckets(true)));
        assertEquals(Verdict.PASS, verdict("exactly 0 bucket with public_access_blocked == false", buckets(true)));
        assertEquals(Verdict.SKIP, verdict("at least 1 bucket", buckets()));
    }

    @Test
    void absentValuesAreNotElementsButMissingNumbersAreUnknown() {
        ModelBuilder b = Model.builder();
        b.entity("vpc", "v");
        b.entity("subnet", "s1").relate("vpc", "v").set("cidr", "10.0.0.0/24");
        b.entity("subnet", "s2").relate("vpc", "v");
        b.entity("ecs_cluster", "c");
        b.entity("ecs_service", "counted").relate("ecs_cluster", "c").set("desired_count", 2);
        b.entity("ecs_service", "uncounted").relate("ecs_cluster", "c");
        Model m = b.build();
        assertEquals(Verdict.PASS, verdict("every vpc has count(subnet.cidr) == 1", m));
        assertEquals(Verdict.PASS, verdict("every vpc has subnet.cidr is set", m));
        assertEquals(Verdict.PASS, verdict("every vpc has \"10.0.0.0/24\" in subnet.cidr", m));
        assertEquals(Verdict.FAIL, verdict("every vpc has \"10.9.0.0/24\" in subnet.cidr", m));
        assertEquals(Verdict.PASS, verdict("every ecs_cluster has count(ecs_service.desired_count) == 1", m));
        assertEquals(Verdict.UNKNOWN, verdict("every ecs_cluster has sum(ecs_service.desired_count) >= 1", m));
    }

    @Test
    void severalTargetsOnAToOneRelationAreUnknownNotTheFirst() {
        ModelBuilder b = Model.builder();
        b.entity("az", "a").set("name", "a");
        b.entity("az", "b").set("name", "b");
        b.entity("subnet", "s").relate("az", "a", "b");
        Report report = Invar.compile("every subnet has az.name == \"a\"").evaluate(b.build());
        assertEquals(Verdict.UNKNOWN, report.results().get(0).verdict());
        assertTrue(report.unknowns().get(0).reason().orElseThrow().contains("it has 2 az where one is expected"));
    }

    @Test
    void integerOverflowIsUnknown() {
        Model m = Model.builder().entity("ecs_service", "s").set("desired_count", 3037000500L).end().build();
        Report report = Invar.compile("every ecs_service has desired_count * desired_count > 0").evaluate(m);
        assertEquals(Verdict.UNKNOWN, report.results().get(0).verdict());
        assertEquals("the result is too large for a whole number", report.unknowns().get(0).reason().orElseThrow());
    }

    @Test
    void aSubnetInAnUnknownZoneLeavesEveryZonesSubnetsIncomplete() {
        ModelBuilder b = Model.builder();
        b.entity("az", "a");
        b.entity("az", "b");
        b.entity("subnet", "s1").relate("az", "a");
        b.entity("subnet", "s2").unknownRelation("az", "AvailabilityZone is not given");
        Model m = b.build();
        assertEquals(Verdict.UNKNOWN, verdict("every az has count(subnet) <= 1", m));
        Report report = Invar.compile("every subnet has az.name is missing").evaluate(m);
        assertEquals(List.of("s2"), report.unknowns().stream().map(f -> f.entity().id()).toList());
        assertTrue(report.violations().isEmpty());
    }

    @Test
    void suppressedViolationsAreKeptAndMarkedUnlessTheRuleForbidsIt() {
        ModelBuilder b = Model.builder();
        b.entity("bucket", "logs").set("encrypted", false).suppress("encrypted", "holds public web logs only");
        b.entity("bucket", "data").set("encrypted", false);
        Model m = b.build();
        Report report = Invar.compile("rule encrypted { assert every bucket has encrypted }").evaluate(m);
        assertEquals(2, report.violations().size());
        assertEquals("holds public web logs only", report.violations().get(0).suppressed().orElseThrow());
        assertTrue(report.violations().get(1).suppressed().isEmpty());
        Report strict = Invar.compile("rule encrypted { unsuppressible assert every bucket has encrypted }").evaluate(m);
        assertTrue(strict.violations().stream().noneMatch(f -> f.isSuppressed()));
    }

    @Test
    void listAttributesCanOnlyBeTestedForPresence() {
        Schema schema = Schema.v1().toBuilder()
                .attribute("bucket", new AttributeDef("tags", ValueType.LIST, false, "tags of the bucket")).build();
        CompileResult bad = Invar.compiler().schema(schema).source("t.invar", "every bucket has \"x\" in tags").compile();
        assertFalse(bad.ok());
        assertTrue(bad.report().contains("'tags' is a list attribute"), bad.report());
        assertTrue(Invar.compiler().schema(schema).source("t.invar", "every bucket has tags is set").compile().ok());
    }
}
