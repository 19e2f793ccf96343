package org.invar.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Throttling answers are retried with backoff by the SDK's standard retry mode (three attempts):
 * EC2's 503 RequestLimitExceeded, the Query protocol's 400 Throttling, ECS's ThrottlingException.
 */
class ThrottlingTest {
    private FakeAws fake;
    private final Scans.Lines progress = new Scans.Lines();

    @BeforeEach
    void start() throws Exception {
        fake = FakeAws.start("inventory", "seed");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void throttledCallsAreRetriedUntilTheyAnswer() {
        fake.throttle("ec2:DescribeVpcs", 2)
                .throttle("elasticloadbalancing:DescribeLoadBalancers", 2)
                .throttle("ecs:ListClusters", 2)
                .throttle("s3:ListAllMyBuckets", 1);
        AwsScan scan = Scans.read(fake, progress);
        assertEquals(List.of(), scan.warnings());
        assertEquals(3, fake.count("ec2:DescribeVpcs"));
        assertEquals(3, fake.count("elasticloadbalancing:DescribeLoadBalancers"));
        assertEquals(3, fake.count("ecs:ListClusters"));
        assertEquals(2, fake.count("s3:ListAllMyBuckets"));
        ModelView m = new ModelView(scan.model());
        assertEquals("10.0.0.0/16", m.attr("vpc", "vpc-0a1b2c3d4e5f60001", "cidr"));
        assertEquals("seed-alb", m.attr("load_balancer", SeedScenarioTest.ALB, "name"));
        assertEquals(1L, m.attr("ecs_service", SeedScenarioTest.SERVICE, "desired_count"));
        assertEquals(2, m.ids("bucket").size());
    }

    @Test
    void throttlingPastTheRetriesIsAFailedCallNotAFailedScan() {
        fake.throttle("rds:DescribeDBInstances", 100);
        AwsScan scan = Scans.read(fake, progress);
        assertEquals(3, fake.count("rds:DescribeDBInstances"), "the standard mode's three attempts");
        assertEquals(1, scan.warnings().size());
        ScanWarning w = scan.warnings().get(0);
        assertEquals("rds:DescribeDBInstances throttled past the retries in us-east-1 (Throttling, HTTP 400)", w.reason());
        assertEquals("rds:DescribeDBInstances", w.action());
        assertTrue(new ModelView(scan.model()).ids("subnet").size() == 2, "the rest was read");
    }
}
