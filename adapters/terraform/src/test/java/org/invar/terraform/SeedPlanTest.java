package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.invar.Invar;
import org.invar.RuleSet;
import org.invar.model.Model;
import org.invar.report.Finding;
import org.invar.report.Report;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The seed scenario as real plans (fixtures/seed: two subnets by count in two AZs, an ALB in
 * both, an ECS Fargate service behind it with desired_count = var.service_count). Subnet ids are
 * unknown in the plan, so every link comes from the configuration's references.
 */
class SeedPlanTest {
    private static final RuleSet RULE = Invar.compile("every az with alb_node has healthy_targets >= 1");

    @Test
    void oneTaskFailsBothZones() {
        Report report = RULE.evaluate(Fixtures.plan("seed/plan-1.json"));
        List<Finding> violations = report.violations();
        assertEquals(List.of("us-east-1a", "us-east-1b"), violations.stream().map(f -> f.entity().id()).sorted().toList());
        assertEquals("0", violations.get(0).because().get("healthy_targets"));
    }

    @Test
    void twoTasksPass() {
        Report report = RULE.evaluate(Fixtures.plan("seed/plan-2.json"));
        assertEquals(Verdict.PASS, report.results().get(0).verdict(), () -> report.unknowns().toString());
        assertEquals(2, report.results().get(0).passed());
    }

    @Test
    void linksComeFromReferences() {
        Model model = Fixtures.plan("seed/plan-1.json");
        assertEquals(List.of("aws_subnet.public[0]", "aws_subnet.public[1]"),
                Fixtures.related(model, "load_balancer", "aws_lb.web", "subnet"));
        assertEquals(List.of("aws_subnet.public[0]", "aws_subnet.public[1]"),
                Fixtures.related(model, "ecs_service", "aws_ecs_service.web", "subnet"));
        assertEquals(List.of("aws_lb_target_group.web"),
                Fixtures.related(model, "ecs_service", "aws_ecs_service.web", "target_group"));
        assertEquals(List.of("aws_lb_target_group.web"),
                Fixtures.related(model, "listener", "aws_lb_listener.http", "target_group"));
        assertEquals(List.of("aws_lb.web"), Fixtures.related(model, "listener", "aws_lb_listener.http", "load_balancer"));
        assertEquals(List.of("aws_route_table.public"),
                Fixtures.related(model, "subnet", "aws_subnet.public[1]", "route_table"));
        assertEquals(List.of("us-east-1b"), Fixtures.related(model, "subnet", "aws_subnet.public[1]", "az"));
        assertTrue(Fixtures.attribute(model, "subnet", "aws_subnet.public[0]", "is_public").orElseThrow()
                .display().equals("true"));
    }
}
