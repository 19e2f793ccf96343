package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.invar.Invar;
import org.invar.RuleSet;
import org.invar.model.Model;
import org.invar.report.Report;
import org.invar.report.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed scenario once deployed, as a raw state file and as {@code terraform show -json}:
 * ids are known and links come from the values; the verdicts are the plan's.
 */
class SeedStateTest {
    private static final RuleSet RULE = Invar.compile("every az with alb_node has healthy_targets >= 1");

    @ParameterizedTest
    @ValueSource(strings = {"seed/state-1.tfstate", "seed/state-1.json"})
    void oneTaskFailsBothZones(String file) {
        Report report = RULE.evaluate(Fixtures.state(file));
        assertEquals(List.of("us-east-1a", "us-east-1b"), report.violations().stream().map(f -> f.entity().id())
                .sorted().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed/state-2.tfstate", "seed/state-2.json"})
    void twoTasksPass(String file) {
        Report report = RULE.evaluate(Fixtures.state(file));
        assertEquals(Verdict.PASS, report.results().get(0).verdict(), () -> report.unknowns().toString());
        assertEquals(2, report.results().get(0).passed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed/state-2.tfstate", "seed/state-2.json"})
    void linksComeFromValues(String file) {
        Model model = Fixtures.state(file);
        assertEquals(List.of("aws_subnet.public[0]", "aws_subnet.public[1]"),
                Fixtures.related(model, "load_balancer", "aws_lb.web", "subnet"));
        assertEquals(List.of("aws_subnet.public[0]", "aws_subnet.public[1]"),
                Fixtures.related(model, "ecs_service", "aws_ecs_service.web", "subnet"));
        assertEquals(List.of("aws_lb_target_group.web"),
                Fixtures.related(model, "listener", "aws_lb_listener.http", "target_group"));
        assertEquals(List.of("aws_ecs_cluster.main"),
                Fixtures.related(model, "ecs_service", "aws_ecs_service.web", "ecs_cluster"));
        assertEquals(List.of("aws_security_group.alb"),
                Fixtures.related(model, "ingress", "aws_security_group.service:ingress[0]", "peer"));
        assertEquals("subnet-0b2c3d4e5f6071829",
                Fixtures.attribute(model, "subnet", "aws_subnet.public[1]", "id").orElseThrow().display());
        assertEquals("use1-az6", Fixtures.attribute(model, "az", "us-east-1b", "zone_id").orElseThrow().display());
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed/state-2.tfstate", "seed/state-2.json"})
    void stateAndPlanMakeTheSameEntities(String file) {
        Model state = Fixtures.state(file);
        Model plan = Fixtures.plan("seed/plan-2.json");
        for (String kind : List.of("subnet", "load_balancer", "listener", "target_group", "ecs_service", "route",
                "ingress", "egress", "lb_node", "target", "az")) {
            assertEquals(plan.table(kind).ids(), state.table(kind).ids(), kind);
        }
    }
}
