package org.invar.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.invar.Invar;
import org.invar.report.Finding;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An ECS service scaled by Application Auto Scaling may scale in to its scalable target's
 * MinCapacity: that is its {@code min_capacity}. The scaling scenario answers over two pages: a
 * target of a service the account does not have (service/batch/worker), then the seed
 * service's, MinCapacity 0.
 */
class ScalableTargetsTest {
    private static final String ACTION = "application-autoscaling:DescribeScalableTargets";

    private FakeAws fake;
    private final Scans.Lines progress = new Scans.Lines();

    @BeforeEach
    void start() throws Exception {
        fake = FakeAws.start("scaling", "seed");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void theScalableTargetSetsMinCapacityAndLeavesTheCountsAlone() {
        AwsScan scan = Scans.read(fake, progress);
        assertEquals(List.of(), scan.warnings());
        ModelView m = new ModelView(scan.model());
        assertEquals(0L, m.attr("ecs_service", SeedScenarioTest.SERVICE, "min_capacity"));
        assertEquals(1L, m.attr("ecs_service", SeedScenarioTest.SERVICE, "desired_count"));
        assertEquals(1L, m.attr("ecs_service", SeedScenarioTest.SERVICE, "running_count"));
        assertEquals(List.of(SeedScenarioTest.SERVICE), m.ids("ecs_service"), "a target names no service into being");
        RuleResult result = Invar.compile("every ecs_service has min_capacity >= 1").evaluate(scan.model())
                .results().get(0);
        assertEquals(Verdict.FAIL, result.verdict(), "it may scale in to no task at all");
    }

    @Test
    void everyPageIsReadAndOnlyEcsIsAsked() {
        Scans.read(fake, progress);
        List<FakeAws.Request> calls = fake.requests().stream().filter(r -> r.action().equals(ACTION)).toList();
        assertEquals(2, calls.size());
        for (FakeAws.Request r : calls) {
            assertTrue(r.body().contains("\"ServiceNamespace\":\"ecs\""), r.body());
            assertEquals("AnyScaleFrontendService.DescribeScalableTargets", r.headers().get("X-amz-target").get(0));
        }
        assertTrue(calls.get(1).body().contains("\"NextToken\":\"page2\""), calls.get(1).body());
    }

    @Test
    void aServiceNoTargetScalesHasNone() throws Exception {
        try (FakeAws seed = FakeAws.start("seed")) {
            ModelView m = new ModelView(Scans.read(seed, new Scans.Lines()).model());
            assertNull(m.attr("ecs_service", SeedScenarioTest.SERVICE, "min_capacity"));
            assertEquals(1, seed.count(ACTION));
        }
    }

    @Test
    void aDeniedCallLeavesMinCapacityUnknownOnTheRegionsServicesNamingTheCall() {
        fake.deny(ACTION);
        AwsScan scan = Scans.read(fake, progress);
        String reason = ACTION + " denied in us-east-1";
        assertEquals(List.of(reason), scan.warnings().stream().map(ScanWarning::reason).toList());
        assertEquals("AccessDeniedException, HTTP 400", scan.warnings().get(0).detail());
        ModelView m = new ModelView(scan.model());
        assertEquals("unknown: " + reason, m.attr("ecs_service", SeedScenarioTest.SERVICE, "min_capacity"));
        assertEquals(1L, m.attr("ecs_service", SeedScenarioTest.SERVICE, "desired_count"));

        RuleResult result = Invar.compile("every ecs_service has min_capacity >= 1").evaluate(scan.model())
                .results().get(0);
        assertEquals(Verdict.UNKNOWN, result.verdict());
        Finding f = result.findings().get(0);
        assertTrue(f.reason().orElseThrow().endsWith("min_capacity is unknown: " + reason), f.reason().orElseThrow());
    }

    @Test
    void aRegionWithoutServicesIsNotAsked() throws Exception {
        try (FakeAws two = FakeAws.start("scaling", "seed").region("eu-west-3", "paris")) {
            Aws.read(Scans.spec(two, new Scans.Lines()).region("eu-west-3").build());
            assertEquals(2, two.count(ACTION), "both pages in us-east-1, nothing in eu-west-3");
        }
    }

    @Test
    void aFailedCallIsAWarningNotACrash() {
        // An answer cut short: the SDK cannot read it.
        fake.answer("application-autoscaling/DescribeScalableTargets.json", "{\"ScalableTargets\": [{\"Min");
        AwsScan scan = Scans.read(fake, progress);
        assertEquals(1, scan.warnings().size(), scan.warnings().toString());
        String reason = scan.warnings().get(0).reason();
        assertTrue(reason.startsWith(ACTION + " failed in us-east-1"), reason);
        assertEquals("unknown: " + reason, new ModelView(scan.model()).attr("ecs_service", SeedScenarioTest.SERVICE,
                "min_capacity"));
    }
}
