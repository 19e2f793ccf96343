package org.invar.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The DescribeTargetHealth calls of a region's target groups run at once, not one after another,
 * so slow or hanging answers cost about one call's time, not one per group.
 */
class ElbConcurrencyTest {
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
    void theTargetHealthOfSeveralGroupsIsAskedAtOnce() {
        fake.delay("elasticloadbalancing:DescribeTargetHealth", Duration.ofSeconds(3));
        // One job at a time: two calls in flight can only be two calls of the ELB job.
        AwsScan scan = Aws.read(Scans.spec(fake, progress).limits(Scans.QUICK.withConcurrency(1)).build());
        assertEquals(List.of(), scan.warnings());
        assertTrue(fake.count("elasticloadbalancing:DescribeTargetHealth") >= 2, "the fixture has several groups");
        assertTrue(fake.maxInFlight() >= 2, "the groups' health was asked at once, saw " + fake.maxInFlight());
    }

    @Test
    void hangingTargetHealthLeavesEveryGroupsTargetsUnknownNamingTheTimeout() {
        fake.delay("elasticloadbalancing:DescribeTargetHealth", Duration.ofSeconds(30));
        AwsScan scan = Aws.read(Scans.spec(fake, progress)
                .limits(Scans.QUICK.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1))).build());
        List<String> reasons = scan.warnings().stream().map(ScanWarning::reason)
                .filter(r -> r.startsWith("elasticloadbalancing:DescribeTargetHealth")).toList();
        assertTrue(!reasons.isEmpty(), scan.warnings().toString());
        long groups = fake.requests().stream().filter(r -> r.action().equals("elasticloadbalancing:DescribeTargetHealth"))
                .map(r -> r.params().get("TargetGroupArn")).distinct().count();
        assertTrue(groups >= 2, "the fixture has several groups");
        ModelView m = new ModelView(scan.model());
        List<String> unlisted = m.ids("target").stream().filter(id -> id.startsWith("unlisted targets of ")).toList();
        assertEquals(groups, unlisted.size(), m.ids("target").toString());
        for (String id : unlisted) {
            String reason = m.existenceUnknown("target", id);
            assertTrue(reason.startsWith("elasticloadbalancing:DescribeTargetHealth timed out in us-east-1 (no answer"
                    + " within "), reason);
        }
    }

    @Test
    void sixHangingGroupsEndWithEachGroupsTargetsUnknownNamingTheTimeout() {
        fake.answer("elasticloadbalancing/DescribeTargetGroups.xml", sixGroups());
        fake.delay("elasticloadbalancing:DescribeTargetHealth", Duration.ofSeconds(30));
        AwsScan scan = Aws.read(Scans.spec(fake, progress)
                .limits(Scans.QUICK.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1))).build());
        ModelView m = new ModelView(scan.model());
        List<String> unlisted = m.ids("target").stream().filter(id -> id.startsWith("unlisted targets of ")).toList();
        assertEquals(6, unlisted.size(), m.ids("target").toString());
        for (String id : unlisted) {
            String reason = m.existenceUnknown("target", id);
            assertTrue(reason.startsWith("elasticloadbalancing:DescribeTargetHealth timed out in us-east-1 (no answer"
                    + " within "), reason);
        }
    }

    @Test
    void sixGroupsHealthIsAskedFourAtATime() {
        fake.answer("elasticloadbalancing/DescribeTargetGroups.xml", sixGroups());
        fake.delay("elasticloadbalancing:DescribeTargetHealth", Duration.ofMillis(1500));
        // One job at a time: the requests in flight are the ELB job's alone.
        AwsScan scan = Aws.read(Scans.spec(fake, progress).limits(Scans.QUICK.withConcurrency(1)).build());
        assertEquals(List.of(), scan.warnings());
        assertEquals(6, fake.count("elasticloadbalancing:DescribeTargetHealth"));
        assertEquals(4, fake.maxInFlight(), "four at a time, not one, not six");
    }

    private static String sixGroups() {
        StringBuilder members = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            members.append("<member><TargetGroupArn>arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/")
                    .append("group-").append(i).append("/00000000000000").append(i).append("0</TargetGroupArn>")
                    .append("<TargetGroupName>group-").append(i).append("</TargetGroupName>")
                    .append("<Protocol>HTTP</Protocol><Port>8080</Port><VpcId>vpc-0a1b2c3d4e5f60001</VpcId>")
                    .append("<TargetType>ip</TargetType><LoadBalancerArns/></member>");
        }
        return "<DescribeTargetGroupsResponse xmlns=\"http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/\">"
                + "<DescribeTargetGroupsResult><TargetGroups>" + members + "</TargetGroups></DescribeTargetGroupsResult>"
                + "<ResponseMetadata><RequestId>6</RequestId></ResponseMetadata></DescribeTargetGroupsResponse>";
    }
}
