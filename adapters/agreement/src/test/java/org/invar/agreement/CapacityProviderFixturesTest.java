package org.invar.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.invar.RuleSet;
import org.invar.cloudformation.CloudFormation;
import org.invar.model.Model;
import org.invar.report.Report;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;
import org.invar.stdlib.Stdlib;
import org.invar.terraform.Terraform;
import org.junit.jupiter.api.Test;

/**
 * A bridge-mode ECS service placed by a capacity provider over a two-zone Auto Scaling group,
 * one task, behind an internal ALB in the same two zones: as the CloudFormation adapter's fixture
 * (capacity/bridge-service.yml), the Terraform adapter's real plan (fixtures/capacity/plan-1.json)
 * and its {@code .tf} directory. Each adapter's fixture stays with the adapter whose tests made
 * it; this reads them where they are. The standard library judges the three alike: the service
 * fails the zone-spread rule, rather than passing over no subnets, and so do both ALB nodes.
 */
class CapacityProviderFixturesTest {
    static final Path TEMPLATE = Path.of("../cloudformation/src/test/resources/capacity/bridge-service.yml");
    static final Path TERRAFORM = Path.of("../terraform/src/test/resources/fixtures/capacity");
    static final List<String> ZONE_RULES = List.of("ecs-service-covers-its-azs", "alb-node-has-healthy-target",
            "internal-alb-has-targets-in-each-az", "az-with-alb-node-has-healthy-target", "desired-count-multiple-of-azs",
            "service-behind-lb-runs-two-tasks");

    private static List<Model> models() throws IOException {
        return List.of(CloudFormation.load(TEMPLATE), Terraform.loadPlan(TERRAFORM.resolve("plan-1.json")),
                Terraform.loadDirectory(TERRAFORM));
    }

    /** A rule's verdict and its counts, the same whatever the ids of the input. */
    private static String counts(RuleResult r) {
        return r.rule() + " " + r.verdict().word() + " (in scope " + r.inScope() + ", passed " + r.passed()
                + ", failed " + r.failed() + ", unknown " + r.unknown() + ")";
    }

    @Test
    void theThreeInputsFailTheZoneRulesAlike() throws IOException {
        RuleSet stdlib = Stdlib.rules(Map.of());
        List<List<String>> verdicts = new ArrayList<>();
        for (Model model : models()) {
            Report report = stdlib.evaluate(model);
            verdicts.add(ZONE_RULES.stream().map(rule -> counts(report.result(rule))).toList());
            RuleResult covers = report.result("ecs-service-covers-its-azs");
            assertEquals(Verdict.FAIL, covers.verdict(), () -> covers.findings().toString());
            assertEquals(1, covers.failed(), "the one-task service, not the worker (no load balancer)");
            assertEquals(2, report.result("alb-node-has-healthy-target").failed());
        }
        assertEquals(verdicts.get(0), verdicts.get(1), "the template and the plan");
        assertEquals(verdicts.get(1), verdicts.get(2), "the plan and the .tf directory");
    }
}
