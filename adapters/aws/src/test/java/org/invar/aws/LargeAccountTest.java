package org.invar.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.invar.Invar;
import org.invar.report.Report;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sixty ALBs, five of them with no target in zone b: the critical rule fails for exactly those five. */
class LargeAccountTest {
    private static final Set<Integer> EMPTY_ZONE_B = Set.of(7, 19, 31, 43, 55);

    private FakeAws fake;

    @BeforeEach
    void start() throws Exception {
        fake = LargeAccount.serve(FakeAws.start("seed"), 60, EMPTY_ZONE_B);
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
}
