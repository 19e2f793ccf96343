package org.invar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.invar.Invar;
import org.invar.RuleSet;
import org.invar.model.EntityBuilder;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.report.Finding;
import org.invar.report.Report;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The incident invar exists for: an ALB in two AZs in front of an ECS service. With one task, one
 * AZ's node has no healthy target whatever the scheduler does, so both AZs fail (each may be the
 * empty one); with two tasks both pass; with an unknown count the verdict is unknown, never pass.
 */
class SeedScenarioTest {
    private static final RuleSet RULE = Invar.compile("every az with alb_node has healthy_targets >= 1");

    private static Model seed(Long desired) {
        ModelBuilder b = Model.builder();
        b.entity("region", "us-east-1").set("name", "us-east-1").relate("az", "us-east-1a", "us-east-1b");
        b.entity("az", "us-east-1a").set("name", "us-east-1a");
        b.entity("az", "us-east-1b").set("name", "us-east-1b");
        b.entity("subnet", "subnet1").relate("az", "us-east-1a");
        b.entity("subnet", "subnet2").relate("az", "us-east-1b");
        b.entity("load_balancer", "metaflow-alb").set("type", "application").set("scheme", "internet-facing")
                .relate("subnet", "subnet1", "subnet2").relate("listener", "http");
        b.entity("listener", "http").set("port", 80).set("protocol", "HTTP").relate("target_group", "ui");
        b.entity("target_group", "ui").set("target_type", "ip").set("port", 8083);
        EntityBuilder svc = b.entity("ecs_service", "metadata").set("launch_type", "FARGATE")
                .relate("subnet", "subnet1", "subnet2").relate("target_group", "ui");
        if (desired == null) {
            svc.unknown("desired_count", "parameter ServiceCount has no value");
        } else {
            svc.set("desired_count", desired);
        }
        return b.build();
    }

    @Test
    void oneTaskOverTwoZonesFailsBothZones() {
        Report report = RULE.evaluate(seed(1L));
        List<Finding> violations = report.violations();
        assertEquals(List.of("us-east-1a", "us-east-1b"), violations.stream().map(f -> f.entity().id()).toList());
        assertEquals("0", violations.get(0).because().get("healthy_targets"));
    }

    @Test
    void twoTasksPass() {
        Report report = RULE.evaluate(seed(2L));
        assertEquals(Verdict.PASS, report.results().get(0).verdict());
        assertEquals(2, report.results().get(0).passed());
    }

    @Test
    void unknownCountIsUnknownNotPass() {
        Report report = RULE.evaluate(seed(null));
        assertEquals(Verdict.UNKNOWN, report.results().get(0).verdict());
        assertEquals(2, report.unknowns().size());
        String reason = report.unknowns().get(0).reason().orElseThrow();
        assertTrue(reason.contains("desired_count"), reason);
    }
}
