package org.invar.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The seed incident, live: an ALB in us-east-1a and us-east-1b, one ECS task running in
 * us-east-1a and registered healthy by IP. Only us-east-1b's node has no healthy target.
 */
class SeedScenarioTest {
    static final String ALB = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/seed-alb/50dc6c495c0c9188";
    static final String TG = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/seed-ui/73e2d6bc24d8a067";
    static final String SERVICE = "arn:aws:ecs:us-east-1:123456789012:service/seed/ui";
    static final String TASK = "arn:aws:ecs:us-east-1:123456789012:task/seed/5a2c3f7e9d1b4c6a8e0f2b4d6c8a0e1f";
    static final String SUBNET_A = "subnet-0aaa0000000000001";
    static final String SUBNET_B = "subnet-0bbb0000000000002";

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
    void theZoneWithoutATaskFailsAndOnlyThatOne() {
        AwsScan scan = Scans.read(fake, progress);
        assertEquals(List.of(), scan.warnings());
        Report report = Invar.compile("every az with alb_node has healthy_targets >= 1").evaluate(scan.model());
        assertEquals(Verdict.FAIL, report.results().get(0).verdict());
        List<Finding> violations = report.violations();
        assertEquals(List.of("use1-az2"), violations.stream().map(f -> f.entity().id()).toList());
        assertEquals("0", violations.get(0).because().get("healthy_targets"));
        assertEquals(1, report.results().get(0).passed());
        assertEquals(List.of(), report.unknowns());
    }

    @Test
    void theModelHasWhatTheVerdictRestsOn() {
        ModelView m = new ModelView(Scans.read(fake, progress).model());
        assertEquals(List.of("use1-az1", "use1-az2"), m.ids("az"));
        assertEquals("us-east-1b", m.attr("az", "use1-az2", "name"));
        assertEquals(List.of("us-east-1"), m.related("az", "use1-az1", "region"));
        assertEquals(List.of(SUBNET_A, SUBNET_B), m.related("load_balancer", ALB, "subnet"));
        assertEquals("application", m.attr("load_balancer", ALB, "type"));
        assertEquals("internet-facing", m.attr("load_balancer", ALB, "scheme"));
        assertEquals(true, m.attr("load_balancer", ALB, "cross_zone"));
        assertEquals(List.of(TG), m.related("load_balancer", ALB, "target_group"));
        assertEquals(List.of(SERVICE), m.related("target_group", TG, "ecs_service"));
        assertEquals(1L, m.attr("ecs_service", SERVICE, "desired_count"));
        assertEquals(1L, m.attr("ecs_service", SERVICE, "running_count"));
        assertEquals("FARGATE", m.attr("ecs_service", SERVICE, "launch_type"));
        assertEquals(List.of(TASK), m.related("ecs_service", SERVICE, "ecs_task"));
        assertEquals(List.of("use1-az1"), m.related("ecs_task", TASK, "az"));
        assertEquals(List.of(SUBNET_A), m.related("ecs_task", TASK, "subnet"));
        assertEquals(1L, m.attr("az", "use1-az1", "running_tasks"));
        String target = TG + "/10.0.1.25:8080";
        assertEquals("healthy", m.attr("target", target, "health"));
        assertEquals(List.of("use1-az1"), m.related("target", target, "az"), "the task's IP places the target");
        assertEquals(true, m.attr("subnet", SUBNET_B, "is_public"));
        assertEquals("internet_gateway", m.attr("subnet", SUBNET_A, "default_route_target"));
        assertEquals(List.of("vpc-0a1b2c3d4e5f60001"), m.related("internet_gateway", "igw-0e000000000000001", "vpc"));
        assertEquals(List.of("sg-0a000000000000001"),
                m.related("ingress", "sg-0b000000000000002/ingress/1", "peer"));
        assertEquals(65535L, m.attr("egress", "sg-0a000000000000001/egress/1", "to_port"));
        assertEquals("::/0", m.attr("ingress", "sg-0a000000000000001/ingress/2", "cidr"));
        assertEquals("arn:aws:ec2:us-east-1:123456789012:subnet/" + SUBNET_A, m.origin("subnet", SUBNET_A));
        assertEquals(ALB, m.origin("load_balancer", ALB));
    }

    @Test
    void everyPageOfAPaginatedCallIsRead() {
        ModelView m = new ModelView(Scans.read(fake, progress).model());
        assertEquals(2, fake.count("ec2:DescribeSubnets"), "two pages, linked by NextToken");
        assertEquals(List.of(SUBNET_A, SUBNET_B), m.ids("subnet"));
    }

    @Test
    void progressTellsEachJobAndOnlyLocalAddressesWereAsked() {
        Scans.read(fake, progress);
        List<String> lines = progress.all();
        assertTrue(lines.get(0).startsWith("scanning 1 account in us-east-1"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\[\\d+/8] 123456789012 us-east-1 ecs read")), lines.toString());
        assertTrue(fake.requests().size() > 20, "the scan asked every service");
        assertTrue(fake.requests().stream().allMatch(r -> r.headers().getOrDefault("Host", List.of("")).get(0)
                .startsWith("127.0.0.1:")), "every request went to the local fake");
    }
}
