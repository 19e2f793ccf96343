package org.invar.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.invar.Invar;
import org.invar.RuleSet;
import org.invar.model.Model;
import org.invar.report.Finding;
import org.invar.report.Report;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The seed incident as a template (seed/seed.yml): an ALB in the subnets at
 * {@code !Select [0|1, !GetAZs ""]}, a Fargate service with {@code DesiredCount: !Ref Count} in
 * both subnets behind the ALB's target group. One task fails both AZs, two pass, no count is unknown.
 */
class SeedScenarioTest {
    private static final RuleSet RULE = Invar.compile("every az with alb_node has healthy_targets >= 1");

    private static Report check(Map<String, String> params) {
        return RULE.evaluate(Models.load("seed/seed.yml", params));
    }

    @Test
    void oneTaskLeavesBothZonesWithoutAGuaranteedTarget() {
        Report report = check(Map.of("Count", "1"));
        assertEquals(Verdict.FAIL, report.results().get(0).verdict());
        List<Finding> violations = report.violations();
        assertEquals(List.of("az-1", "az-2"), violations.stream().map(f -> f.entity().id()).toList());
        assertEquals("0", violations.get(0).because().get("healthy_targets"));
    }

    @Test
    void twoTasksPassInBothZones() {
        Report report = check(Map.of("Count", "2"));
        assertEquals(Verdict.PASS, report.results().get(0).verdict());
        assertEquals(2, report.results().get(0).passed());
    }

    @Test
    void noCountIsUnknownNeverPass() {
        Report report = check(Map.of());
        assertEquals(Verdict.UNKNOWN, report.results().get(0).verdict());
        assertEquals(2, report.unknowns().size());
        String reason = report.unknowns().get(0).reason().orElseThrow();
        assertTrue(reason.contains("parameter Count has no value"), reason);
    }

    @Test
    void theModelHasWhatTheVerdictRestsOn() {
        Model m = Models.load("seed/seed.yml", Map.of("Count", "1"));
        assertEquals(List.of("Subnet1", "Subnet2"), Models.related(m, "load_balancer", "Alb", "subnet"));
        assertEquals("application", Models.plain(m, "load_balancer", "Alb", "type"));
        assertEquals("internet-facing", Models.plain(m, "load_balancer", "Alb", "scheme"));
        assertEquals(List.of("Ui"), Models.related(m, "listener", "Listener", "target_group"));
        assertEquals(List.of("Ui"), Models.related(m, "ecs_service", "Service", "target_group"));
        assertEquals(1L, Models.plain(m, "ecs_service", "Service", "desired_count"));
        assertEquals(true, Models.plain(m, "subnet", "Subnet1", "is_public"));
        assertEquals("internet_gateway", Models.plain(m, "subnet", "Subnet2", "default_route_target"));
        assertEquals(List.of("Vpc"), Models.related(m, "internet_gateway", "Gateway", "vpc"));
    }

    @Test
    void withARegionTheZonesHaveTheirNames() {
        Model m = CloudFormation.load(Models.resource("seed/seed.yml"), Models.options(Map.of("Count", "1"), "eu-west-1"));
        Report report = RULE.evaluate(m);
        assertEquals(List.of("eu-west-1a", "eu-west-1b"), report.violations().stream().map(f -> f.entity().id()).toList());
    }
}
