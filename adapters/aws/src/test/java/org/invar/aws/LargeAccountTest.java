package org.invar.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.invar.Invar;
import org.invar.report.Report;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;
import org.invar.stdlib.Stdlib;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sixty ALBs, five of them with no target in zone b: the critical rule fails for exactly those
 * five. Two hundred Fargate services behind them in two clusters, 47 of them with one task.
 */
class LargeAccountTest {
    private static final Set<Integer> EMPTY_ZONE_B = Set.of(7, 19, 31, 43, 55);
    private static final int SERVICES = 200;

    private FakeAws fake;

    @BeforeEach
    void start() throws Exception {
        fake = LargeAccount.serve(FakeAws.start("seed"), 60, SERVICES, EMPTY_ZONE_B);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void theCriticalRuleFailsForExactlyTheFiveEmptyZones() {
        AwsScan scan = Scans.read(fake, new Scans.Lines());
        assertEquals(List.of(), scan.warnings());
        Report report = Invar.compile("every lb_node has healthy_targets >= 1").evaluate(scan.model());
        List<String> failed = report.violations().stream().map(f -> f.entity().id()).sorted().toList();
        List<String> expected = EMPTY_ZONE_B.stream().map(i -> LargeAccount.lbArn(i) + "/use1-az2").sorted().toList();
        assertEquals(expected, failed);
        assertEquals(List.of(), report.unknowns());
        assertEquals(115, report.results().get(0).passed(), "the other 55 ALBs' two nodes and the 5 nodes in zone a");
        assertEquals(60, fake.count("elasticloadbalancing:DescribeTargetHealth"), "one per group");
        assertTrue(fake.count("elasticloadbalancing:DescribeLoadBalancers") == 1);
    }

    @Test
    void everyServiceAndTaskIsReadAndTheOneTaskServicesFailTheStandardLibrary() {
        AwsScan scan = Scans.read(fake, new Scans.Lines());
        assertEquals(List.of(), scan.warnings());
        ModelView model = new ModelView(scan.model());
        assertEquals(SERVICES, model.ids("ecs_service").size());
        assertEquals(2, model.ids("ecs_cluster").size(), "two clusters of a hundred");
        assertEquals(353, model.ids("ecs_task").size(), "153 services with two tasks, 47 with one");
        // ListServices pages of 10 and DescribeServices batches of 10: 10 + 10 calls per cluster.
        assertEquals(20, fake.count("ecs:ListServices"));
        assertEquals(20, fake.count("ecs:DescribeServices"));
        assertEquals(4, fake.count("ecs:ListTasks"), "two pages of 100 in each cluster");
        assertEquals(4, fake.count("ecs:DescribeTasks"));

        Report report = Stdlib.rules().evaluate(scan.model());
        List<String> oneTask = LargeAccount.services(60, SERVICES, EMPTY_ZONE_B).stream()
                .filter(s -> s.desired() == 1).map(LargeEcs.Service::arn).sorted().toList();
        assertEquals(47, oneTask.size(), "every service of the five groups empty in zone b, the second of 30 others");
        for (String rule : List.of("ecs-service-covers-its-azs", "service-behind-lb-runs-two-tasks")) {
            RuleResult result = report.result(rule);
            assertEquals(oneTask, result.findings().stream().filter(f -> f.verdict() == Verdict.FAIL)
                    .map(f -> f.entity().id()).sorted().toList(), rule);
            assertEquals(0, result.unknown(), rule);
            assertEquals(SERVICES - oneTask.size(), result.passed(), rule);
        }
        RuleResult placed = report.result("tasks-only-where-the-lb-has-a-node");
        assertEquals(SERVICES, placed.passed(), "every service's subnets are its ALB's");
    }
}
