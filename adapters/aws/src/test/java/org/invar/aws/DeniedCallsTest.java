package org.invar.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.invar.Invar;
import org.invar.report.Finding;
import org.invar.report.Report;
import org.invar.report.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A denied call never ends the scan: what it would have filled is unknown with the reason, the
 * scan's warnings and progress say so, and a rule that needs it is unknown, never passed.
 */
class DeniedCallsTest {
    private static final String AZ_RULE = "every az with alb_node has healthy_targets >= 1";

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

    private static List<String> reasons(AwsScan scan) {
        return scan.warnings().stream().map(ScanWarning::reason).toList();
    }

    @Test
    void deniedDescribeServicesLeavesTheListedServicesUnknown() {
        fake.deny("ecs:DescribeServices");
        AwsScan scan = Scans.read(fake, progress);
        String reason = "ecs:DescribeServices denied in us-east-1";
        assertEquals(List.of(reason), reasons(scan));
        assertEquals("AccessDeniedException, HTTP 400", scan.warnings().get(0).detail());
        assertEquals(reason + " [AccessDeniedException, HTTP 400]", scan.warnings().get(0).toString(), "one line, the reason once");
        assertTrue(progress.all().stream().noneMatch(l -> l.contains(reason)), "reported once, by the warning");

        ModelView m = new ModelView(scan.model());
        assertEquals("ui", m.attr("ecs_service", SeedScenarioTest.SERVICE, "name"), "ListServices named it");
        assertEquals("unknown: " + reason, m.attr("ecs_service", SeedScenarioTest.SERVICE, "desired_count"));
        assertEquals(reason, m.unknownRelation("ecs_service", SeedScenarioTest.SERVICE, "subnet"));

        Report report = Invar.compile("every ecs_service has desired_count >= 2").evaluate(scan.model());
        assertEquals(Verdict.UNKNOWN, report.results().get(0).verdict());
        String why = report.unknowns().get(0).reason().orElseThrow();
        assertTrue(why.endsWith("desired_count is unknown: " + reason), why);
    }

    @Test
    void deniedTargetHealthMakesEveryZonesCountUnknownNotZero() {
        fake.deny("elasticloadbalancing:DescribeTargetHealth");
        AwsScan scan = Scans.read(fake, progress);
        assertEquals(List.of("elasticloadbalancing:DescribeTargetHealth denied in us-east-1"), reasons(scan),
                "one warning, however many target groups were refused");
        Report report = Invar.compile(AZ_RULE).evaluate(scan.model());
        assertEquals(Verdict.UNKNOWN, report.results().get(0).verdict());
        assertEquals(List.of(), report.violations());
        List<Finding> unknowns = report.unknowns();
        assertEquals(List.of("use1-az1", "use1-az2"), unknowns.stream().map(f -> f.entity().id()).toList());
        for (Finding f : unknowns) {
            String why = f.reason().orElseThrow();
            assertTrue(why.contains("elasticloadbalancing:DescribeTargetHealth denied in us-east-1"), why);
        }
    }

    @Test
    void deniedSubnetsStillPlaceTheLoadBalancerNodesFromItsOwnAnswer() {
        fake.deny("ec2:DescribeSubnets");
        AwsScan scan = Scans.read(fake, progress);
        ModelView m = new ModelView(scan.model());
        String reason = "ec2:DescribeSubnets denied in us-east-1";
        assertEquals("unknown: " + reason, m.attr("subnet", SeedScenarioTest.SUBNET_A, "cidr"));
        assertEquals(List.of("use1-az2"), m.related("subnet", SeedScenarioTest.SUBNET_B, "az"),
                "DescribeLoadBalancers says which zone each of its subnets is in");
        Report report = Invar.compile(AZ_RULE).evaluate(scan.model());
        assertEquals(List.of("use1-az2"), report.violations().stream().map(f -> f.entity().id()).toList());
        Report routes = Invar.compile("every subnet has is_public == true").evaluate(scan.model());
        assertEquals(2, routes.results().get(0).passed(), "the route tables name their subnets");
        assertEquals(List.of("unlisted subnets of 123456789012/us-east-1"),
                routes.unknowns().stream().map(f -> f.entity().id()).toList(), "subnets no one names may exist");
        Report cidrs = Invar.compile("every subnet has cidr != \"0.0.0.0/0\"").evaluate(scan.model());
        assertEquals(Verdict.UNKNOWN, cidrs.results().get(0).verdict());
    }

    @Test
    void deniedLoadBalancersNeverLetTheZoneRulePass() {
        fake.deny("elasticloadbalancing:DescribeLoadBalancers");
        AwsScan scan = Scans.read(fake, progress);
        ModelView m = new ModelView(scan.model());
        String reason = "elasticloadbalancing:DescribeLoadBalancers denied in us-east-1";
        assertEquals("seed-alb", m.attr("load_balancer", SeedScenarioTest.ALB, "name"), "named by its target group");
        assertEquals(reason, m.unknownRelation("load_balancer", SeedScenarioTest.ALB, "subnet"));
        Report report = Invar.compile(AZ_RULE).evaluate(scan.model());
        assertNotEquals(Verdict.PASS, report.results().get(0).verdict());
        assertTrue(report.unknowns().stream().allMatch(f -> f.reason().orElseThrow().contains(reason)),
                report.unknowns().toString());
    }

    @Test
    void deniedClustersLeaveTheRestOfTheAccountChecked() {
        fake.deny("ecs:ListClusters");
        AwsScan scan = Scans.read(fake, progress);
        assertEquals(List.of("ecs:ListClusters denied in us-east-1"), reasons(scan));
        ModelView m = new ModelView(scan.model());
        assertEquals(List.of("unlisted ECS services of unlisted ECS clusters of 123456789012/us-east-1"),
                m.ids("ecs_service"), "services may exist, none is known");
        String target = SeedScenarioTest.TG + "/10.0.1.25:8080";
        assertEquals(List.of("use1-az1"), m.related("target", target, "az"), "the subnet holding the IP places it");
        Report report = Invar.compile(AZ_RULE).evaluate(scan.model());
        assertEquals(List.of("use1-az2"), report.violations().stream().map(f -> f.entity().id()).toList());
    }

    @Test
    void deniedListTasksMakesTheServicesTasksUnknown() {
        fake.deny("ecs:ListTasks");
        ModelView m = new ModelView(Scans.read(fake, progress).model());
        assertEquals("ecs:ListTasks denied in us-east-1",
                m.unknownRelation("ecs_service", SeedScenarioTest.SERVICE, "ecs_task"));
        String unlisted = "unlisted ECS tasks of arn:aws:ecs:us-east-1:123456789012:cluster/seed";
        assertEquals(List.of(unlisted), m.ids("ecs_task"));
        assertEquals("unknown: ecs_task " + unlisted + ": last_status is unknown (ecs:ListTasks denied in us-east-1)",
                m.attr("az", "use1-az1", "running_tasks"), "the tasks ListTasks would have named may run here, not 0");
    }

    @Test
    void deniedInstancesLeaveInstanceTargetsWithoutAZone() {
        fake.deny("ec2:DescribeInstances");
        AwsScan scan = Scans.read(fake, progress);
        ModelView m = new ModelView(scan.model());
        String reason = "ec2:DescribeInstances denied in us-east-1";
        String target = InventoryTest.BATCH_TG + "/i-0aaa0000000000001:80";
        assertEquals(reason, m.unknownRelation("target", target, "az"));
        assertEquals("unknown: " + reason, m.attr("instance", "i-0aaa0000000000001", "state"),
                "the group's instance is there, its facts unknown");
        assertEquals("UnauthorizedOperation, HTTP 403", scan.warnings().get(0).detail());
    }

    @Test
    void deniedBucketSettingIsUnknownForThatSettingOnly() {
        fake.deny("s3:GetBucketVersioning");
        ModelView m = new ModelView(Scans.read(fake, progress).model());
        assertEquals("unknown: s3:GetBucketVersioning denied in us-east-1", m.attr("bucket", "invar-logs", "versioning"));
        assertEquals(true, m.attr("bucket", "invar-logs", "encrypted"));
    }

    @Test
    void deniedRouteTablesMakeDefaultRoutesUnknown() {
        fake.deny("ec2:DescribeRouteTables");
        ModelView m = new ModelView(Scans.read(fake, progress).model());
        Object isPublic = m.attr("subnet", SeedScenarioTest.SUBNET_A, "is_public");
        assertTrue(String.valueOf(isPublic).contains("ec2:DescribeRouteTables denied in us-east-1"), String.valueOf(isPublic));
    }
}
