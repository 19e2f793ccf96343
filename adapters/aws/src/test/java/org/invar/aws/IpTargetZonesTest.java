package org.invar.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.invar.Invar;
import org.invar.report.Report;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The zone of a target registered by IP comes from the network interface that holds the IP: an
 * ECS task's attachment first, then DescribeNetworkInterfaces, then the subnet whose CIDR holds
 * it. The interfaces scenario registers, behind the seed ALB: the seed task's IP (10.0.1.25), an
 * IP an interface of subnet B holds outside every CIDR (10.0.7.7; an interface of another VPC
 * holds it too, on the same page), a secondary IP of an interface on the answer's second page
 * whose subnet was not listed (10.0.8.8), an IP only subnet B's CIDR holds (10.0.2.50), an IP
 * nothing holds (192.168.5.5), and one registered with its zone (10.0.9.9).
 */
class IpTargetZonesTest {
    private static final String ACTION = "ec2:DescribeNetworkInterfaces";

    private FakeAws fake;
    private final Scans.Lines progress = new Scans.Lines();

    @BeforeEach
    void start() throws Exception {
        fake = FakeAws.start("interfaces", "seed");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private static String target(String ip) {
        return SeedScenarioTest.TG + "/" + ip + ":8080";
    }

    /** The filter values of each DescribeNetworkInterfaces request, in order. */
    private List<List<String>> askedAddresses() {
        List<List<String>> asked = new ArrayList<>();
        for (FakeAws.Request r : fake.requests()) {
            if (r.action().equals(ACTION)) {
                assertEquals("addresses.private-ip-address", r.params().get("Filter.1.Name"));
                Map<Integer, String> values = new TreeMap<>();
                r.params().forEach((k, v) -> {
                    if (k.startsWith("Filter.1.Value.")) {
                        values.put(Integer.parseInt(k.substring("Filter.1.Value.".length())), v);
                    }
                });
                asked.add(List.copyOf(values.values()));
            }
        }
        return asked;
    }

    @Test
    void eachTargetIsPlacedByTheFirstThatKnowsItsAddress() {
        AwsScan scan = Scans.read(fake, progress);
        assertEquals(List.of(), scan.warnings());
        ModelView m = new ModelView(scan.model());
        assertEquals(List.of("use1-az1"), m.related("target", target("10.0.1.25"), "az"), "the task's attachment");
        assertEquals(List.of("use1-az2"), m.related("target", target("10.0.7.7"), "az"),
                "the interface of the target group's VPC, not the other VPC's with the same IP");
        assertEquals(List.of("use1-az1"), m.related("target", target("10.0.8.8"), "az"),
                "a secondary IP, on the second page, placed by the interface's own zone");
        assertEquals(List.of("use1-az2"), m.related("target", target("10.0.2.50"), "az"), "subnet B's CIDR");
        assertEquals(List.of("use1-az2"), m.related("target", target("10.0.9.9"), "az"), "its registered zone");
    }

    @Test
    void aTargetNothingPlacesHasAnUnknownZoneSayingWhatWasTried() {
        ModelView m = new ModelView(Scans.read(fake, progress).model());
        String target = target("192.168.5.5");
        assertEquals(List.of(), m.related("target", target, "az"));
        assertEquals("no zone for IP target 192.168.5.5: no ECS task's network interface holds it; "
                        + ACTION + " found no network interface of vpc-0a1b2c3d4e5f60001 holding it; "
                        + "no subnet of vpc-0a1b2c3d4e5f60001 holds it",
                m.unknownRelation("target", target, "az"));
    }

    @Test
    void onlyTheAddressesNoTaskHoldsAreAskedAboutInOneCallReadToItsLastPage() {
        Scans.read(fake, progress);
        assertEquals(List.of(List.of("10.0.2.50", "10.0.7.7", "10.0.8.8", "192.168.5.5"),
                        List.of("10.0.2.50", "10.0.7.7", "10.0.8.8", "192.168.5.5")), askedAddresses(),
                "neither the task's IP nor the one registered with its zone; the second page asked alike");
        List<FakeAws.Request> calls = fake.requests().stream().filter(r -> r.action().equals(ACTION)).toList();
        assertNull(calls.get(0).params().get("NextToken"));
        assertEquals("page2", calls.get(1).params().get("NextToken"));
        assertEquals("1000", calls.get(0).params().get("MaxResults"), "paginated, as EC2 asks of large accounts");
    }

    @Test
    void theSeedScanMakesNoSuchCallSinceItsTaskPlacesItsOnlyTarget() throws Exception {
        try (FakeAws seed = FakeAws.start("seed")) {
            Scans.read(seed, new Scans.Lines());
            assertEquals(0, seed.count(ACTION));
        }
    }

    @Test
    void aDeniedCallFallsBackToTheCidrAndSaysSo() {
        fake.deny(ACTION);
        AwsScan scan = Scans.read(fake, progress);
        String reason = ACTION + " denied in us-east-1";
        assertEquals(List.of(reason), scan.warnings().stream().map(ScanWarning::reason).toList(),
                "the scan goes on and the warnings say what is missing");
        assertEquals(reason + " [UnauthorizedOperation, HTTP 403]", scan.warnings().get(0).toString(), "one line, the reason once");
        assertTrue(progress.all().stream().noneMatch(l -> l.contains(reason)), "reported once, by the warning");
        ModelView m = new ModelView(scan.model());
        assertEquals(List.of("use1-az1"), m.related("target", target("10.0.1.25"), "az"), "the task needs no call");
        assertEquals(List.of("use1-az2"), m.related("target", target("10.0.2.50"), "az"), "the CIDR still places");
        assertEquals("no zone for IP target 10.0.7.7: no ECS task's network interface holds it; " + reason
                        + "; no subnet of vpc-0a1b2c3d4e5f60001 holds it",
                m.unknownRelation("target", target("10.0.7.7"), "az"));

        Report report = Invar.compile("every az with alb_node has healthy_targets >= 1").evaluate(scan.model());
        assertFalse(report.unknowns().isEmpty(), "targets of unknown zone make the counts unknown, not passed");
        assertTrue(report.unknowns().stream().allMatch(f -> f.reason().orElseThrow().contains(reason)),
                report.unknowns().toString());
    }

    @Test
    void withTasksUndescribedTheirAddressesAreAskedAboutAndTheReasonSaysWhy() {
        fake.deny("ecs:DescribeTasks");
        ModelView m = new ModelView(Scans.read(fake, progress).model());
        assertEquals(List.of(List.of("10.0.1.25", "10.0.2.50", "10.0.7.7", "10.0.8.8", "192.168.5.5"),
                List.of("10.0.1.25", "10.0.2.50", "10.0.7.7", "10.0.8.8", "192.168.5.5")), askedAddresses());
        assertEquals(List.of("use1-az1"), m.related("target", target("10.0.1.25"), "az"), "subnet A's CIDR");
        assertEquals(List.of("use1-az2"), m.related("target", target("10.0.7.7"), "az"));
        assertEquals("no zone for IP target 192.168.5.5: ecs:DescribeTasks denied in us-east-1; " + ACTION
                        + " found no network interface of vpc-0a1b2c3d4e5f60001 holding it; "
                        + "no subnet of vpc-0a1b2c3d4e5f60001 holds it",
                m.unknownRelation("target", target("192.168.5.5"), "az"));
    }

    @Test
    void aThrottledCallIsRetriedAndStillPlaces() {
        fake.throttle(ACTION, 2);
        AwsScan scan = Scans.read(fake, progress);
        assertEquals(List.of(), scan.warnings());
        assertEquals(List.of("use1-az2"), new ModelView(scan.model()).related("target", target("10.0.7.7"), "az"));
        assertEquals(4, fake.count(ACTION), "two refused attempts, then both pages");
    }

    @Test
    void manyAddressesAreAskedInBatchesOfTwoHundred() {
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < 450; i++) {
            members.append("<member><TargetHealth><State>healthy</State></TargetHealth><Target><Port>8080</Port>")
                    .append("<Id>10.1.").append(i / 250).append('.').append(i % 250).append("</Id></Target></member>");
        }
        fake.answer("elasticloadbalancing/DescribeTargetHealth.xml", "<DescribeTargetHealthResponse xmlns=\""
                + "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/\"><DescribeTargetHealthResult>"
                + "<TargetHealthDescriptions>" + members + "</TargetHealthDescriptions></DescribeTargetHealthResult>"
                + "<ResponseMetadata><RequestId>6c8f0b2d-5a6b-11ee-8c99-0242ac120002</RequestId></ResponseMetadata>"
                + "</DescribeTargetHealthResponse>");
        fake.answer("ec2/DescribeNetworkInterfaces.xml", "<DescribeNetworkInterfacesResponse xmlns=\""
                + "http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>7d9a1c3e-0000-4000-8000-000000000001"
                + "</requestId><networkInterfaceSet/></DescribeNetworkInterfacesResponse>");
        Scans.read(fake, progress);
        List<List<String>> asked = askedAddresses();
        assertEquals(List.of(200, 200, 50), asked.stream().map(List::size).toList());
        assertEquals(450, asked.stream().flatMap(List::stream).distinct().count(), "each address once");
    }
}
