package org.invar.derive;

import static org.invar.derive.Reads.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.invar.Invar;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.model.Value;
import org.invar.model.json.ModelJson;
import org.invar.report.Finding;
import org.invar.report.Report;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Subnets whose zones are not known: the seed incident on subnet ids passed as parameters, a
 * subnet list that may be longer, subnets of a service that are not its load balancer's, and
 * what the evaluator does with zones that may be one.
 */
class SymbolicZonesTest {
    private static final String AZ_RULE = "every az with alb_node has healthy_targets >= 1";
    private static final String COVERS = "every ecs_service with load_balancer has desired_count >= count(distinct subnet.az)";

    /** An ALB on two subnets the model only names, in front of a service on the same two. */
    private static ModelBuilder seedOnParameters(long desired) {
        ModelBuilder b = Model.builder();
        b.entity("subnet", "subnet1_id").standIn();
        b.entity("subnet", "subnet2_id").standIn();
        b.entity("load_balancer", "alb").set("type", "application").relate("subnet", "subnet1_id", "subnet2_id");
        b.entity("listener", "http").relate("load_balancer", "alb").relate("target_group", "tg");
        b.entity("target_group", "tg");
        b.entity("ecs_service", "svc").set("desired_count", desired).relate("subnet", "subnet1_id", "subnet2_id")
                .relate("target_group", "tg");
        return b;
    }

    private static RuleResult check(String rule, Model model) {
        return Invar.compile(rule).evaluate(model).results().get(0);
    }

    private static List<String> ids(RuleResult r, Verdict v) {
        return r.findings().stream().filter(f -> f.verdict() == v).map(f -> f.entity().id()).toList();
    }

    @Test
    void theSeedFailsInBothZonesWithoutKnowingWhichZonesTheyAre() {
        Model m = seedOnParameters(1).build();

        RuleResult az = check(AZ_RULE, m);
        assertEquals(Verdict.FAIL, az.verdict());
        assertEquals(List.of("zone of subnet1_id", "zone of subnet2_id"), ids(az, Verdict.FAIL));
        assertEquals(Verdict.FAIL, check(COVERS, m).verdict(), "1 task over 2 different zones");
        assertEquals(Value.of(2), value(m, "ecs_service", "svc", "az_count"));
        assertEquals(Verdict.FAIL, check("every lb_node has healthy_targets >= 1", m).verdict());
    }

    @Test
    void twoTasksOverTheSameTwoSubnetsPass() {
        Model m = seedOnParameters(2).build();

        assertEquals(Verdict.PASS, check(AZ_RULE, m).verdict());
        assertEquals(Verdict.PASS, check(COVERS, m).verdict());
    }

    @Test
    void aFindingOnASymbolicZoneNamesItsSubnetAndPointsAtTheLoadBalancer() {
        ModelBuilder b = seedOnParameters(1);
        b.find("load_balancer", "alb").orElseThrow().origin(new org.invar.model.Origin("main.tf", 76, 1, "aws_lb.this"));
        Model m = b.build();

        Finding f = check(AZ_RULE, m).findings().get(0);
        assertEquals("zone of subnet1_id", f.entity().id());
        assertEquals("main.tf", f.origin().file());
        assertEquals(76, f.origin().line());
        int zone = m.table("az").find("zone of subnet1_id").orElseThrow();
        assertEquals("the zone of subnet subnet1_id", m.table("az").symbolic(zone).meaning());
    }

    @Test
    void aSubnetListThatMayBeLongerStillFailsOneTaskOverAnAlbsZones() {
        ModelBuilder b = Model.builder();
        b.entity("subnet", "Subnets[0]").standIn();
        b.entity("subnet", "Subnets[1]").standIn();
        String more = "parameter Subnets has no value: it may list more subnets";
        b.entity("load_balancer", "alb").relate("subnet", "Subnets[0]", "Subnets[1]").unknownRelation("subnet", more);
        b.entity("listener", "http").relate("load_balancer", "alb").relate("target_group", "tg");
        b.entity("target_group", "tg");
        b.entity("ecs_service", "svc").set("desired_count", 1L).relate("subnet", "Subnets[0]", "Subnets[1]")
                .unknownRelation("subnet", more).relate("target_group", "tg");
        Model m = b.build();

        RuleResult az = check(AZ_RULE, m);
        assertEquals(Verdict.FAIL, az.verdict(), "floor(1 / n) = 0 for any n >= 2 zones");
        assertEquals(List.of("zone of Subnets[0]", "zone of Subnets[1]"), ids(az, Verdict.FAIL));

        b.find("ecs_service", "svc").orElseThrow().set("desired_count", 2L);
        RuleResult two = check(AZ_RULE, b.build());
        assertEquals(Verdict.UNKNOWN, two.verdict(), "two tasks over two or more zones may leave one empty");
        assertTrue(two.findings().get(0).reason().orElseThrow().contains("may list more subnets"),
                two.findings().get(0).reason().orElseThrow());
    }

    @Test
    void aServiceOnOtherSubnetsIsUnknownNamingTheZonesThatMayBeOne() {
        ModelBuilder b = seedOnParameters(2);
        b.entity("subnet", "private1").standIn();
        b.entity("subnet", "private2").standIn();
        b.find("ecs_service", "svc").orElseThrow().clearRelation("subnet").relate("subnet", "private1", "private2");
        Model m = b.build();

        RuleResult az = check(AZ_RULE, m);
        assertEquals(Verdict.UNKNOWN, az.verdict());
        assertTrue(az.findings().get(0).reason().orElseThrow().contains("may be the same zone as"),
                az.findings().get(0).reason().orElseThrow());
        assertEquals(Verdict.UNKNOWN, check(COVERS, m).verdict(), "private1 and private2 may share a zone");
    }

    @Test
    void zonesThatMayBeOneCompareAsUnknown() {
        ModelBuilder b = Infra.network();
        b.entity("subnet", "x").standIn();
        b.entity("load_balancer", "lb").relate("subnet", "subnet1", "subnet2");
        b.entity("ecs_service", "svc").relate("subnet", "x").relate("target_group", "tg");
        b.entity("target_group", "tg");
        b.entity("listener", "l").relate("load_balancer", "lb").relate("target_group", "tg");
        Model m = b.build();

        assertEquals(Verdict.UNKNOWN, check("every ecs_service as s has every subnet has az in s.load_balancer.subnet.az",
                m).verdict(), "x's zone may be a or b");
        b.entity("ecs_task", "t1").relate("subnet", "x").relate("az", Infra.AZ_A);
        String sameZone = "every ecs_task has az == subnet.az";
        assertEquals(Verdict.UNKNOWN, check(sameZone, b.build()).verdict(), "x's zone may be a");
        b.find("ecs_task", "t1").orElseThrow().clearRelation("subnet").relate("subnet", "subnet2");
        assertEquals(Verdict.FAIL, check(sameZone, b.build()).verdict(), "a and b are different zones");
        b.entity("ecs_service", "svc2").relate("subnet", "x", "subnet1");
        RuleResult two = check("every ecs_service with subnet has count(distinct subnet.az) <= 1", b.build());
        assertEquals(Verdict.UNKNOWN, two.verdict(), "x's zone and a may be one zone or two");
        assertEquals(List.of("svc2"), ids(two, Verdict.UNKNOWN));
        assertEquals(Verdict.UNKNOWN, check("at least 4 az", m).verdict(), "x's zone may be one of the three");
        assertEquals(Verdict.PASS, check("at least 3 az", m).verdict());
        assertEquals(Verdict.UNKNOWN, check("every az has count(subnet) <= 1", m).verdict());
    }

    @Test
    void anAutoScalingGroupPlacesItsMinimumOverTheZonesOfItsSubnets() {
        ModelBuilder b = Infra.network();
        b.entity("load_balancer", "alb").relate("subnet", "subnet1", "subnet2", "subnet3");
        b.entity("listener", "http").relate("load_balancer", "alb").relate("target_group", "tg");
        b.entity("target_group", "tg").relate("auto_scaling_group", "asg");
        b.entity("auto_scaling_group", "asg").set("min_size", 1L).set("max_size", 3L).set("desired_capacity", 3L)
                .relate("subnet", "subnet1", "subnet2", "subnet3");
        Model m = b.build();

        assertEquals(List.of(Infra.AZ_A, Infra.AZ_B, Infra.AZ_C), Reads.related(m, "auto_scaling_group", "asg", "az"));
        assertEquals(Verdict.FAIL, check("every auto_scaling_group has min_size >= count(distinct az)", m).verdict());
        assertEquals(Verdict.FAIL, check(AZ_RULE, m).verdict(), "scaling in to 1 leaves two zones empty");
    }

    @Test
    void aServiceScaledInToItsMinimumCapacityPlacesThat() {
        ModelBuilder b = Infra.seed(Value.of(2));
        Model two = b.build();
        assertEquals(Verdict.PASS, check(AZ_RULE, two).verdict());

        b.find("ecs_service", "metadata").orElseThrow().set("min_capacity", 1L);
        assertEquals(Verdict.FAIL, check(AZ_RULE, b.build()).verdict(), "a scalable target may take it down to 1");
        b.find("ecs_service", "metadata").orElseThrow().set("min_capacity", Value.unknown("parameter MinTasks has no value"));
        RuleResult unknown = check(AZ_RULE, b.build());
        assertEquals(Verdict.UNKNOWN, unknown.verdict());
        assertTrue(unknown.findings().get(0).reason().orElseThrow().contains("min_capacity is unknown"));
    }

    @Test
    void aModelFileKeepsWhatTheInputSaidAndReadingItBackGivesTheSameZones() {
        ModelBuilder b = seedOnParameters(1);
        b.entity("subnet", "picked").unknownRelation("az", "AWS picks the zone");
        Model m = b.build();

        String file = ModelJson.write(m);
        assertTrue(file.contains("\"symbolic\": \"the zone of subnet subnet1_id\""), file);
        assertTrue(file.contains("\"az\": {\"unknown\": \"AWS picks the zone\"}"), file);
        Model back = ModelJson.read("m.json", file);
        assertEquals(file, ModelJson.write(back));
        assertEquals(Verdict.FAIL, check(AZ_RULE, back).verdict());
        assertNull(back.table("subnet").relation("az").unknownReason(back.table("subnet").find("picked").orElseThrow()));
    }
}
