package org.invar.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.invar.Invar;
import org.invar.model.Model;
import org.invar.report.Finding;
import org.invar.report.Report;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A failed listing leaves a placeholder for the entities it may have left out, so a rule over
 * that kind is unknown with the call's reason, never skipped as if there were nothing to check.
 * Each test also reads with the call allowed: the same rule then passes or fails on what exists.
 */
class UnlistedKindsTest {
    private static final String SCOPE = "123456789012/us-east-1";
    private static final String LB_DENIED = "elasticloadbalancing:DescribeLoadBalancers denied in us-east-1";
    private static final String AZ_RULE = "every az with alb_node has healthy_targets >= 1";

    private FakeAws fake;
    private final Scans.Lines progress = new Scans.Lines();

    @BeforeEach
    void start() throws Exception {
        fake = FakeAws.start("inventory", "seed").region("eu-west-3", "paris");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private Model read() {
        return Scans.read(fake, progress).model();
    }

    private static RuleResult check(String rule, Model model) {
        return Invar.compile(rule).evaluate(model).results().get(0);
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.entity().id()).toList();
    }

    /** The rule is unknown for that one entity only, and its finding says the call's reason. */
    private static void unknownFor(RuleResult result, String id, String reason) {
        assertEquals(Verdict.UNKNOWN, result.verdict(), result.toString());
        List<Finding> unknown = result.findings().stream().filter(f -> f.verdict() == Verdict.UNKNOWN).toList();
        assertEquals(List.of(id), ids(unknown));
        String why = unknown.get(0).reason().orElseThrow();
        assertTrue(why.contains(reason), why);
    }

    @Test
    void deniedLoadBalancersLeaveAPlaceholderEveryRuleOverThemIsUnknownFor() {
        String rule = "every load_balancer has scheme == \"internal\"";
        RuleResult allowed = check(rule, read());
        assertEquals(Verdict.FAIL, allowed.verdict(), "the seed ALB is internet-facing");

        fake.deny("elasticloadbalancing:DescribeLoadBalancers");
        fake.deny("elasticloadbalancing:DescribeTargetGroups"); // so nothing else names a load balancer
        Model model = read();
        ModelView m = new ModelView(model);
        String lb = "unlisted load balancers of " + SCOPE;
        assertEquals(List.of(lb), m.ids("load_balancer"));
        assertEquals(LB_DENIED, m.existenceUnknown("load_balancer", lb));
        assertEquals("unknown: " + LB_DENIED, m.attr("load_balancer", lb, "scheme"));
        assertEquals("unknown: " + LB_DENIED, m.attr("load_balancer", lb, "type"));
        assertEquals(LB_DENIED, m.unknownRelation("load_balancer", lb, "subnet"));
        assertEquals(LB_DENIED, m.unknownRelation("load_balancer", lb, "security_group"));
        assertEquals(SCOPE, m.origin("load_balancer", lb));

        RuleResult denied = check(rule, model);
        unknownFor(denied, lb, "may not exist: " + LB_DENIED);
        assertEquals(Verdict.UNKNOWN, check("no load_balancer with scheme == \"internet-facing\"", model).verdict());

        // Its listeners were never asked for: a placeholder of theirs names it as their load balancer.
        String listeners = "unlisted listeners of " + lb;
        assertEquals(List.of(listeners), m.ids("listener"));
        assertEquals(List.of(lb), m.related("listener", listeners, "load_balancer"));
        assertNull(m.unknownRelation("listener", listeners, "load_balancer"));
        unknownFor(check("no listener with protocol in [\"HTTP\", \"TCP\"]", model), listeners, LB_DENIED);
    }

    @Test
    void deniedLoadBalancersMakeEveryZoneUnknownWhereTheyWereSkipped() {
        fake.deny("elasticloadbalancing:DescribeLoadBalancers");
        fake.deny("elasticloadbalancing:DescribeTargetGroups");
        Model model = read();
        RuleResult result = check(AZ_RULE, model);
        // Without the placeholder no zone has a node: the rule had nothing in scope and was skipped.
        assertEquals(Verdict.UNKNOWN, result.verdict());
        assertEquals(List.of("use1-az1", "use1-az2"), ids(Invar.compile(AZ_RULE).evaluate(model).unknowns()));
        for (Finding f : result.findings()) {
            assertTrue(f.reason().orElseThrow().contains(LB_DENIED), f.toString());
        }
        ModelView m = new ModelView(model);
        assertTrue(String.valueOf(m.attr("az", "use1-az1", "healthy_targets")).contains(LB_DENIED),
                "a hidden node's targets may count here");
    }

    @Test
    void deniedListenersOfOneLoadBalancerLeaveAPlaceholderOfItsOwn() {
        String rule = "no listener with protocol in [\"HTTP\", \"TCP\"]";
        assertEquals(Verdict.FAIL, check(rule, read()).verdict(), "the seed listener is HTTP on port 80");

        fake.deny("elasticloadbalancing:DescribeListeners");
        Model model = read();
        ModelView m = new ModelView(model);
        String listeners = "unlisted listeners of " + SeedScenarioTest.ALB;
        assertEquals(List.of(listeners), m.ids("listener"));
        assertEquals(List.of(SeedScenarioTest.ALB), m.related("listener", listeners, "load_balancer"));
        assertEquals(SeedScenarioTest.ALB, m.origin("listener", listeners));
        unknownFor(check(rule, model), listeners, "elasticloadbalancing:DescribeListeners denied in us-east-1");
    }

    @Test
    void deniedListServicesLeavesAPlaceholderServiceThatRunsNoKnownTask() {
        String rule = "every ecs_service has desired_count >= 2";
        assertEquals(Verdict.FAIL, check(rule, read()).verdict(), "the seed service runs one task");

        fake.deny("ecs:ListServices");
        Model model = read();
        ModelView m = new ModelView(model);
        String cluster = "arn:aws:ecs:us-east-1:123456789012:cluster/seed";
        String services = "unlisted ECS services of " + cluster;
        assertEquals(List.of(services), m.ids("ecs_service"));
        assertEquals(List.of(cluster), m.related("ecs_service", services, "ecs_cluster"));
        assertTrue(m.related("ecs_cluster", cluster, "ecs_service").contains(services));
        unknownFor(check(rule, model), services, "ecs:ListServices denied in us-east-1");
        // ListTasks still named the running task: the placeholder adds none and predicts none.
        assertEquals(1L, m.attr("az", "use1-az1", "running_tasks"));
        assertEquals(0L, m.attr("az", "use1-az2", "running_tasks"));
        assertEquals(List.of("unlisted placement strategies of " + services), m.ids("placement_strategy"));
    }

    @Test
    void deniedTargetHealthLeavesAPlaceholderTargetThatNeverCountsAsHealthy() {
        String rule = "every target with target_group.name == \"seed-ui\" has health == \"healthy\"";
        assertEquals(Verdict.PASS, check(rule, read()).verdict());

        fake.deny("elasticloadbalancing:DescribeTargetHealth");
        Model model = read();
        ModelView m = new ModelView(model);
        String targets = "unlisted targets of " + SeedScenarioTest.TG;
        assertTrue(m.ids("target").contains(targets), m.ids("target").toString());
        assertEquals(List.of(SeedScenarioTest.TG), m.related("target", targets, "target_group"));
        unknownFor(check(rule, model), targets, "elasticloadbalancing:DescribeTargetHealth denied in us-east-1");
        for (String az : List.of("use1-az1", "use1-az2")) {
            Object count = m.attr("az", az, "healthy_targets");
            assertTrue(String.valueOf(count).startsWith("unknown: ") && String.valueOf(count)
                    .contains("DescribeTargetHealth denied"), az + ": " + count);
        }
    }

    @Test
    void deniedDescribeServicesStillFailsTheZoneWithoutATask() {
        fake.deny("ecs:DescribeServices");
        Report report = Invar.compile(AZ_RULE).evaluate(read());
        assertEquals(Verdict.FAIL, report.results().get(0).verdict(), "target health is known: one zone has none");
        assertEquals(List.of("use1-az2"), ids(report.violations()));
        assertEquals(List.of(), report.unknowns());
    }

    @Test
    void deniedZonesLeaveAPlaceholderZoneOfTheRegionWithNoNode() {
        fake.deny("ec2:DescribeAvailabilityZones");
        Model model = read();
        ModelView m = new ModelView(model);
        String zones = "unlisted availability zones of " + SCOPE;
        assertEquals(List.of(zones, "use1-az1", "use1-az2"), m.ids("az"), "the subnets still name theirs");
        assertEquals(List.of("us-east-1"), m.related("az", zones, "region"), "its region is known");
        assertEquals("unknown: ec2:DescribeAvailabilityZones denied in us-east-1", m.attr("az", zones, "zone_id"));
        Report report = Invar.compile(AZ_RULE).evaluate(model);
        assertEquals(List.of("use1-az2"), ids(report.violations()), "no load balancer has a node in it");
        assertEquals(List.of(), report.unknowns());
        unknownFor(check("every az has zone_id != \"\"", model), zones, "may not exist");
    }

    @Test
    void deniedDbInstancesAndBucketsAreUnknownNotNothingInScope() {
        String db = "every db_instance has storage_encrypted == true";
        String bucket = "every bucket has versioning == true";
        Model allowed = read();
        assertEquals(Verdict.FAIL, check(db, allowed).verdict(), "orders is not encrypted");
        assertEquals(Verdict.FAIL, check(bucket, allowed).verdict());

        fake.deny("rds:DescribeDBInstances");
        fake.deny("s3:ListAllMyBuckets");
        Model model = read();
        unknownFor(check(db, model), "unlisted DB instances of " + SCOPE, "rds:DescribeDBInstances denied in us-east-1");
        unknownFor(check(bucket, model), "unlisted buckets of 123456789012", "s3:ListAllMyBuckets denied in us-east-1");
    }

    @Test
    void deniedSecurityGroupsLeaveTheirRulesUnknownToo() {
        String rule = "no ingress with cidr is set and cidr == \"0.0.0.0/0\" and protocol == \"-1\"";
        assertEquals(Verdict.PASS, check(rule, read()).verdict());

        fake.deny("ec2:DescribeSecurityGroups");
        Model model = read();
        String groups = "unlisted security groups of " + SCOPE;
        unknownFor(check(rule, model), "unlisted ingress rules of " + groups,
                "ec2:DescribeSecurityGroups denied in us-east-1");
        assertEquals(List.of(groups), new ModelView(model).related("ingress", "unlisted ingress rules of " + groups,
                "security_group"));
    }

    @Test
    void aListingDeniedInOneRegionLeavesTheOtherRegionAsItWas() {
        String subnets = "every subnet has cidr != \"0.0.0.0/0\"";
        String lbs = "every load_balancer has scheme == \"internet-facing\"";
        AwsScan both = Aws.read(Scans.spec(fake, progress).region("eu-west-3").build());
        assertEquals(Verdict.PASS, check(subnets, both.model()).verdict());
        assertEquals(Verdict.PASS, check(lbs, both.model()).verdict());

        fake.deny("ec2:DescribeSubnets", "eu-west-3");
        fake.deny("elasticloadbalancing:DescribeLoadBalancers", "eu-west-3");
        AwsScan scan = Aws.read(Scans.spec(fake, progress).region("eu-west-3").build());
        assertEquals(List.of("ec2:DescribeSubnets denied in eu-west-3",
                        "elasticloadbalancing:DescribeLoadBalancers denied in eu-west-3"),
                scan.warnings().stream().map(ScanWarning::reason).sorted().toList());
        Model model = scan.model();
        ModelView m = new ModelView(model);
        String paris = "123456789012/eu-west-3";
        assertEquals(List.of(SeedScenarioTest.SUBNET_A, SeedScenarioTest.SUBNET_B, "unlisted subnets of " + paris),
                m.ids("subnet"));

        RuleResult subnetResult = check(subnets, model);
        unknownFor(subnetResult, "unlisted subnets of " + paris, "ec2:DescribeSubnets denied in eu-west-3");
        assertEquals(2, subnetResult.passed(), "us-east-1's subnets are checked as before");
        RuleResult lbResult = check(lbs, model);
        unknownFor(lbResult, "unlisted load balancers of " + paris,
                "elasticloadbalancing:DescribeLoadBalancers denied in eu-west-3");
        assertEquals(1, lbResult.passed(), "us-east-1's load balancer is checked as before");
        assertEquals("internet-facing", m.attr("load_balancer", SeedScenarioTest.ALB, "scheme"));
        assertNull(m.existenceUnknown("load_balancer", SeedScenarioTest.ALB));
        assertEquals(List.of("us-east-1"), m.related("az", "use1-az1", "region"));
    }
    @Test
    void loadBalancersDeniedInOneRegionMayHaveNodesOnlyInThatRegionsZones() {
        RuleResult allowed = check(AZ_RULE, Aws.read(Scans.spec(fake, progress).region("eu-west-3").build()).model());

        fake.deny("elasticloadbalancing:DescribeLoadBalancers", "eu-west-3");
        Model model = Aws.read(Scans.spec(fake, progress).region("eu-west-3").build()).model();
        String lb = "unlisted load balancers of 123456789012/eu-west-3";
        assertEquals(List.of("eu-west-3"), new ModelView(model).related("load_balancer", lb, "region"));
        RuleResult denied = check(AZ_RULE, model);
        assertEquals(verdicts(allowed, "use1-"), verdicts(denied, "use1-"), "us-east-1's zones are judged as before");
        assertEquals(List.of("use1-az2=FAIL"), verdicts(denied, "use1-"), "the seed failure stays a failure");
        Finding paris = denied.findings().stream().filter(f -> f.entity().id().equals("euw3-az1")).findFirst()
                .orElseThrow();
        assertEquals(Verdict.UNKNOWN, paris.verdict());
        assertTrue(paris.reason().orElseThrow().contains("load_balancer " + lb + " may have a node here"),
                paris.reason().orElseThrow());
    }

    @Test
    void instancesDeniedInOneRegionLeaveTheClustersOfAnotherAsTheyWere() {
        String rule = "every ecs_cluster with instance has count(distinct instance.az) >= 2";
        RuleResult allowed = check(rule, Aws.read(Scans.spec(fake, progress).region("eu-west-3").build()).model());
        assertTrue(allowed.findings().stream().anyMatch(f -> f.entity().id().startsWith("arn:aws:ecs:us-east-1:")),
                allowed.toString());

        fake.deny("ec2:DescribeInstances", "eu-west-3");
        Model model = Aws.read(Scans.spec(fake, progress).region("eu-west-3").build()).model();
        ModelView m = new ModelView(model);
        String instances = "unlisted EC2 instances of 123456789012/eu-west-3";
        assertTrue(m.ids("instance").contains(instances), m.ids("instance").toString());
        assertEquals("ec2:DescribeInstances denied in eu-west-3", m.unknownRelation("instance", instances, "az"));
        assertNull(m.unknownRelation("instance", instances, "ecs_cluster"), "the clusters name their instances");
        RuleResult denied = check(rule, model);
        assertEquals(allowed.verdict(), denied.verdict(), denied.toString());
        assertEquals(verdicts(allowed, "arn:aws:ecs:us-east-1:"), verdicts(denied, "arn:aws:ecs:us-east-1:"),
                "us-east-1's clusters are judged as before");
    }

    /** The verdict for each entity whose id starts with the prefix, as "id=VERDICT". */
    private static List<String> verdicts(RuleResult result, String prefix) {
        return result.findings().stream().filter(f -> f.entity().id().startsWith(prefix))
                .map(f -> f.entity().id() + "=" + f.verdict()).sorted().toList();
    }
}
