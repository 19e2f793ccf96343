package org.invar.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.invar.Invar;
import org.invar.report.Finding;
import org.invar.report.Report;
import org.invar.report.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seed incident as the moto emulator builds it: its ECS task reports no zone and has an
 * address (10.0.200.17) outside its subnet's CIDR (10.0.1.0/24), so no CIDR places the target.
 * The task's network interface attachment names its subnet, and so its zone: the empty zone
 * still fails.
 */
class SeedOnMotoTest {
    private static final String MOTO_IP = "10.0.200.17";

    private FakeAws fake;

    @BeforeEach
    void start() throws Exception {
        fake = FakeAws.start("moto", "seed");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void theTaskAttachmentPlacesTheTargetSoTheEmptyZoneFails() {
        AwsScan scan = Scans.read(fake, new Scans.Lines());
        assertEquals(List.of(), scan.warnings());
        ModelView m = new ModelView(scan.model());
        String target = SeedScenarioTest.TG + "/10.0.200.17:8080";
        assertEquals(List.of("use1-az1"), m.related("target", target, "az"));
        assertEquals(List.of("use1-az1"), m.related("ecs_task", SeedScenarioTest.TASK, "az"),
                "a task without a zone of its own is in its subnet's");
        assertEquals(List.of(SeedScenarioTest.SUBNET_A), m.related("ecs_task", SeedScenarioTest.TASK, "subnet"));
        assertEquals(0, fake.count("ec2:DescribeNetworkInterfaces"), "the task placed the only IP target");

        Report report = Invar.compile("every az with alb_node has healthy_targets >= 1").evaluate(scan.model());
        assertEquals(Verdict.FAIL, report.results().get(0).verdict());
        List<Finding> violations = report.violations();
        assertEquals(List.of("use1-az2"), violations.stream().map(f -> f.entity().id()).toList());
        assertEquals("0", violations.get(0).because().get("healthy_targets"));
        assertEquals(1, report.results().get(0).passed());
        assertEquals(List.of(), report.unknowns());
    }

    /** The scenario's answer with the task's address replaced. */
    private static String movedTo(String file, String ip) throws IOException {
        try (InputStream in = SeedOnMotoTest.class.getResourceAsStream("/aws/moto/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(MOTO_IP, ip);
        }
    }

    @Test
    void anAddressInAnotherSubnetsCidrIsStillInTheAttachmentsSubnet() throws IOException {
        // 10.0.2.200 lies in subnet B's CIDR (use1-az2); the attachment says subnet A (use1-az1).
        fake.answer("ecs/DescribeTasks.json", movedTo("ecs/DescribeTasks.json", "10.0.2.200"));
        fake.answer("elasticloadbalancing/DescribeTargetHealth.xml",
                movedTo("elasticloadbalancing/DescribeTargetHealth.xml", "10.0.2.200"));
        AwsScan scan = Scans.read(fake, new Scans.Lines());
        ModelView m = new ModelView(scan.model());
        assertEquals(List.of("use1-az1"), m.related("target", SeedScenarioTest.TG + "/10.0.2.200:8080", "az"));
        Report report = Invar.compile("every az with alb_node has healthy_targets >= 1").evaluate(scan.model());
        assertEquals(List.of("use1-az2"), report.violations().stream().map(f -> f.entity().id()).toList());
    }

    @Test
    void withTasksUnlistedTheInterfaceAnswerPlacesIt() throws IOException {
        // The interface, as the emulator reports it, holds an address of subnet B's CIDR in subnet A.
        fake.answer("elasticloadbalancing/DescribeTargetHealth.xml",
                movedTo("elasticloadbalancing/DescribeTargetHealth.xml", "10.0.2.200"));
        fake.deny("ecs:ListTasks");
        fake.answer("ec2/DescribeNetworkInterfaces.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <DescribeNetworkInterfacesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
                    <requestId>8e0b2d4f-1111-4222-8333-444455556666</requestId>
                    <networkInterfaceSet>
                        <item>
                            <networkInterfaceId>eni-7c1d5e2a4b3f4a6e9</networkInterfaceId>
                            <subnetId>subnet-0aaa0000000000001</subnetId>
                            <vpcId>vpc-0a1b2c3d4e5f60001</vpcId>
                            <availabilityZone>us-east-1a</availabilityZone>
                            <description>arn:aws:ecs:us-east-1:123456789012:attachment/7c1d5e2a-4b3f-4a6e-9d8c-1f2e3d4c5b6a</description>
                            <ownerId>123456789012</ownerId>
                            <requesterId>578734482556</requesterId>
                            <requesterManaged>true</requesterManaged>
                            <status>in-use</status>
                            <macAddress>aa:bb:cc:dd:ee:ff</macAddress>
                            <privateIpAddress>10.0.2.200</privateIpAddress>
                            <sourceDestCheck>true</sourceDestCheck>
                            <groupSet/>
                            <tagSet/>
                            <privateIpAddressesSet>
                                <item>
                                    <privateIpAddress>10.0.2.200</privateIpAddress>
                                    <primary>true</primary>
                                </item>
                            </privateIpAddressesSet>
                            <ipv6AddressesSet/>
                            <interfaceType>interface</interfaceType>
                        </item>
                    </networkInterfaceSet>
                </DescribeNetworkInterfacesResponse>
                """);
        AwsScan scan = Scans.read(fake, new Scans.Lines());
        ModelView m = new ModelView(scan.model());
        assertEquals(List.of("use1-az1"), m.related("target", SeedScenarioTest.TG + "/10.0.2.200:8080", "az"));
        assertEquals(1, fake.count("ec2:DescribeNetworkInterfaces"));
        FakeAws.Request asked = fake.requests().stream()
                .filter(r -> r.action().equals("ec2:DescribeNetworkInterfaces")).findFirst().orElseThrow();
        assertEquals("10.0.2.200", asked.params().get("Filter.1.Value.1"));
        Report report = Invar.compile("every az with alb_node has healthy_targets >= 1").evaluate(scan.model());
        assertEquals(List.of("use1-az2"), report.violations().stream().map(f -> f.entity().id()).toList());
    }
}
