package org.invar.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.invar.aws.spec.ScanLimits;
import org.invar.spi.ModelLoadException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A slow endpoint hits the call's timeouts (short here, configurable) and says which call and
 * which timeout; one slow call leaves its part unknown, an endpoint that never answers ends the
 * scan with a clear message.
 */
class TimeoutTest {
    private static final ScanLimits SHORT = Scans.QUICK.withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(1));

    private FakeAws fake;
    private final Scans.Lines progress = new Scans.Lines();

    @BeforeEach
    void start() throws Exception {
        fake = FakeAws.start("seed");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void aSlowCallTimesOutAndLeavesWhatItWouldHaveFilledUnknown() {
        // A first scan loads the SDK's classes, so a cold JVM does not time out the other calls.
        Aws.read(Scans.spec(fake, new Scans.Lines()).build());
        fake.delay("ec2:DescribeVpcs", Duration.ofSeconds(8));
        int before = (int) fake.count("ec2:DescribeVpcs");
        AwsScan scan = Aws.read(Scans.spec(fake, progress).limits(SHORT).build());
        // Had the client waited for the 8 s answer, the call would have succeeded: the warning
        // itself shows the timeout cut it short (wall-clock bounds are too brittle on a busy machine).
        assertTrue(fake.count("ec2:DescribeVpcs") - before <= 3, "at most the standard mode's three attempts");
        assertEquals(1, scan.warnings().size(), scan.warnings().toString());
        String reason = scan.warnings().get(0).reason();
        assertTrue(reason.startsWith("ec2:DescribeVpcs timed out in us-east-1 (no answer within "), reason);
        ModelView m = new ModelView(scan.model());
        assertEquals("unknown: " + reason, m.attr("vpc", "vpc-0a1b2c3d4e5f60001", "cidr"),
                "the subnets name the VPC; its facts are unknown");
    }

    @Test
    void anEndpointThatNeverAnswersEndsTheScanSayingWhy() {
        fake.delay("sts:GetCallerIdentity", Duration.ofSeconds(8));
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> Aws.read(Scans.spec(fake, progress).limits(SHORT).build()));
        assertTrue(e.getMessage().startsWith(
                "aws: error: nothing could be read: sts:GetCallerIdentity timed out in us-east-1 (no answer within "),
                e.getMessage());
        assertEquals(1, fake.requests().stream().map(FakeAws.Request::action).distinct().count(),
                "no other call was made once the account proved unreachable");
    }

    @Test
    void callsLeftWhenTheScansDeadlinePassesAreNotMadeAndSayWhy() {
        Aws.read(Scans.spec(fake, new Scans.Lines()).build());
        // DescribeLoadBalancers answers after the deadline, so the ELB job's later calls are not made.
        fake.delay("elasticloadbalancing:DescribeLoadBalancers", Duration.ofSeconds(6));
        int before = (int) fake.count("elasticloadbalancing:DescribeTargetGroups");
        AwsScan scan = Aws.read(Scans.spec(fake, progress).limits(Scans.QUICK.withScanDeadline(Duration.ofSeconds(2)))
                .build());
        assertEquals(before, fake.count("elasticloadbalancing:DescribeTargetGroups"), "not made after the deadline");
        String reason = "elasticloadbalancing:DescribeTargetGroups timed out in us-east-1"
                + " (not made: the scan's deadline of 2s had passed)";
        assertTrue(scan.warnings().stream().anyMatch(w -> w.reason().equals(reason)), scan.warnings().toString());
        ModelView m = new ModelView(scan.model());
        String groups = "unlisted target groups of 123456789012/us-east-1";
        assertEquals(reason, m.existenceUnknown("target_group", groups));
    }
}
