package org.invar.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.invar.Invar;
import org.invar.report.Finding;
import org.invar.report.Report;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Live ECS services in bridge networking placed by a capacity provider (the capacity scenario
 * over the inventory account): "batch-web" names batch-cp in its strategy, "batch-worker" has no
 * strategy and no launch type, so the cluster's default strategy (batch-cp) places it. batch-cp
 * manages the Auto Scaling group "batch", in use1-az1 and use1-az2. Neither service has subnets.
 */
class CapacityProviderZonesTest {
    static final String WEB = "arn:aws:ecs:us-east-1:123456789012:service/seed/batch-web";
    static final String WORKER = "arn:aws:ecs:us-east-1:123456789012:service/seed/batch-worker";
    /** The standard library's availability pack, from the source tree (this module does not depend on it). */
    static final Path AVAILABILITY = Path.of("../../rules-stdlib/src/main/resources/invar/stdlib/availability.invar");

    private static FakeAws fake;
    private static AwsScan scan;
    private static ModelView m;

    @BeforeAll
    static void scan() throws Exception {
        fake = FakeAws.start("capacity", "inventory", "seed");
        scan = Scans.read(fake, new Scans.Lines());
        m = new ModelView(scan.model());
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void theServicesStrategiesNameTheProviderOfTheGroup() {
        assertEquals(List.of(), scan.warnings());
        assertEquals(List.of(WEB + "/capacity-provider-strategy/batch-cp"),
                m.related("ecs_service", WEB, "capacity_provider_strategy"));
        assertEquals(List.of(InventoryTest.CAPACITY_PROVIDER),
                m.related("capacity_provider_strategy", WEB + "/capacity-provider-strategy/batch-cp", "capacity_provider"));
        assertEquals(List.of(InventoryTest.CLUSTER + "/capacity-provider-strategy/batch-cp"),
                m.related("ecs_cluster", InventoryTest.CLUSTER, "capacity_provider_strategy"));
        assertEquals(List.of(InventoryTest.ASG),
                m.related("capacity_provider", InventoryTest.CAPACITY_PROVIDER, "auto_scaling_group"));
    }

    @Test
    void bothServicesRunInTheGroupsZones() {
        for (String service : List.of(WEB, WORKER)) {
            assertEquals(List.of("use1-az1", "use1-az2"), m.related("ecs_service", service, "az"));
            assertEquals(2L, m.attr("ecs_service", service, "az_count"));
        }
    }

    @Test
    void oneTaskOverTheGroupsTwoZonesFailsTheStandardLibrarysZoneSpreadRule() {
        Report report = Invar.compile(AVAILABILITY).evaluate(scan.model());
        RuleResult covers = report.result("ecs-service-covers-its-azs");
        assertEquals(Verdict.FAIL, covers.verdict());
        assertEquals(List.of(WEB), covers.findings().stream().map(f -> f.entity().id()).toList());
        Finding finding = covers.findings().get(0);
        assertEquals("batch-web runs 1 task(s) over 2 AZs", finding.message());
    }

    @Test
    void aDeniedDescriptionOfTheProvidersLeavesTheZonesUnknownNamingTheProvider() throws Exception {
        try (FakeAws denied = FakeAws.start("capacity", "inventory", "seed").deny("ecs:DescribeCapacityProviders")) {
            AwsScan partial = Scans.read(denied, new Scans.Lines());
            ModelView view = new ModelView(partial.model());
            Object azCount = view.attr("ecs_service", WEB, "az_count");
            assertTrue(azCount instanceof String s && s.startsWith("unknown: capacity_provider "
                    + InventoryTest.CAPACITY_PROVIDER) && s.contains("DescribeCapacityProviders"), String.valueOf(azCount));
            Report report = Invar.compile(AVAILABILITY).evaluate(partial.model());
            assertEquals(Verdict.UNKNOWN, report.result("ecs-service-covers-its-azs").verdict());
        }
    }
}
