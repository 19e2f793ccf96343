package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.invar.Invar;
import org.invar.RuleSet;
import org.invar.model.Model;
import org.invar.report.Report;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The seed scenario across modules (fixtures/seed-modules): the ALB and the service in
 * {@code module.app[0]} reach the subnets of {@code module.net} only through
 * {@code var.subnet_ids}, the root's module call, and {@code module.net}'s output.
 */
class ModulePlanTest {
    private static final RuleSet RULE = Invar.compile("every az with alb_node has healthy_targets >= 1");
    private static final List<String> SUBNETS = List.of("module.net.aws_subnet.this[0]", "module.net.aws_subnet.this[1]");

    @Test
    void linksGoThroughModuleVariablesAndOutputs() {
        Model model = Fixtures.plan("seed-modules/plan-1.json");
        assertEquals(SUBNETS, Fixtures.related(model, "load_balancer", "module.app[0].aws_lb.this", "subnet"));
        assertEquals(SUBNETS, Fixtures.related(model, "ecs_service", "module.app[0].aws_ecs_service.this", "subnet"));
        assertEquals(List.of("module.app[0].aws_lb_target_group.this"),
                Fixtures.related(model, "ecs_service", "module.app[0].aws_ecs_service.this", "target_group"));
        assertEquals(List.of("module.net.aws_route_table.public"),
                Fixtures.related(model, "subnet", "module.net.aws_subnet.this[0]", "route_table"));
        assertEquals(List.of("module.net.aws_route.default"),
                Fixtures.related(model, "route_table", "module.net.aws_route_table.public", "route"));
        assertEquals("internet_gateway", Fixtures.attribute(model, "subnet", "module.net.aws_subnet.this[1]",
                "default_route_target").orElseThrow().display());
    }

    @Test
    void oneTaskFailsAndTwoPass() {
        Report one = RULE.evaluate(Fixtures.plan("seed-modules/plan-1.json"));
        assertEquals(List.of("eu-west-1a", "eu-west-1b"), one.violations().stream().map(f -> f.entity().id()).sorted()
                .toList());
        Report two = RULE.evaluate(Fixtures.plan("seed-modules/plan-2.json"));
        assertEquals(Verdict.PASS, two.results().get(0).verdict(), () -> two.unknowns().toString());
    }
}
