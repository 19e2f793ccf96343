package org.invar.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.invar.Invar;
import org.invar.model.Model;
import org.invar.report.Report;
import org.invar.report.Verdict;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelInput;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The real templates of the shared corpus (system property {@code invar.corpus} or variable
 * {@code INVAR_CORPUS}, then {@code /cloudformation}): every one loads, parents with their nested
 * stacks, and a few are checked against what their provenance notes say they hold. Without the
 * corpus the tests are reported as skipped, with the reason.
 */
class CorpusTest {

    private static Path corpus() {
        String root = System.getProperty("invar.corpus");
        if (root == null || root.isBlank() || root.startsWith("${")) {
            root = System.getenv("INVAR_CORPUS");
        }
        assumeTrue(root != null && !root.isBlank(), "corpus not set: give -Dinvar.corpus=PATH or INVAR_CORPUS=PATH");
        Path dir = Path.of(root, "cloudformation");
        assumeTrue(Files.isDirectory(dir), "corpus has no cloudformation folder: " + dir);
        return dir;
    }

    private static Model load(String relative, Map<String, String> params) {
        return CloudFormation.load(corpus().resolve(relative), Models.options(params, null));
    }

    @TestFactory
    Stream<DynamicTest> everyTemplateLoads() throws IOException {
        Path dir = corpus();
        List<Path> templates = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(ya?ml|json|template)$"))
                    .sorted().forEach(templates::add);
        }
        assertTrue(templates.size() >= 30, "found only " + templates);
        return templates.stream().map(p -> DynamicTest.dynamicTest(dir.relativize(p).toString(), () -> {
            assertTrue(new CloudFormationSource().accepts(ModelInput.of(p.toString())), "not accepted: " + p);
            CloudFormation.Loaded loaded = CloudFormation.read(p, LoadOptions.DEFAULT);
            assertEquals(p.toString(), loaded.summary().files().get(0));
        }));
    }

    @Test
    void metaflowDefaultsHaveTheNlbServiceButNoUi() {
        Model m = load("metaflow/metaflow-cfn-template.yml", Map.of());
        assertEquals(List.of("az-1"), Models.related(m, "subnet", "Subnet1", "az"));
        assertEquals(List.of("az-2"), Models.related(m, "subnet", "Subnet2", "az"));
        assertEquals(true, Models.plain(m, "subnet", "Subnet1", "is_public"));
        assertEquals(List.of("NLB"), Models.ids(m, "load_balancer"));
        assertEquals("network", Models.plain(m, "load_balancer", "NLB", "type"));
        assertEquals("internal", Models.plain(m, "load_balancer", "NLB", "scheme"));
        assertEquals(1L, Models.plain(m, "ecs_service", "ECSFargateService", "desired_count"));
        assertEquals(List.of("NLBTargetGroup", "NLBTargetGroupDBMigrate"),
                Models.related(m, "ecs_service", "ECSFargateService", "target_group"));
        assertEquals(0L, Models.plain(m, "lb_node", "NLB/az-1", "healthy_targets"));
    }

    @Test
    void metaflowWithTheUiFailsTheSeedRuleInBothZones() {
        Model m = load("metaflow/metaflow-cfn-template.yml", Map.of("EnableUI", "true"));
        assertEquals("internet-facing", Models.plain(m, "load_balancer", "LoadBalancerUI", "scheme"));
        Report r = Invar.compile("every az with alb_node has healthy_targets >= 1").evaluate(m);
        assertEquals(Verdict.FAIL, r.results().get(0).verdict());
        assertEquals(List.of("az-1", "az-2"), r.violations().stream().map(f -> f.entity().id()).toList());
    }

    @Test
    void ecsRefarchLoadsItsChildrenFromTheirS3Paths() {
        CloudFormation.Loaded loaded = CloudFormation.read(corpus().resolve("ecs-refarch-cloudformation/master.yaml"),
                LoadOptions.DEFAULT);
        Model m = loaded.model();
        assertEquals(8, loaded.summary().files().size());
        // Each child's S3 URL is read from the checked-in copy, and the summary says which file stood in.
        assertEquals(7, loaded.summary().nestedStacksStandIns().size());
        assertTrue(loaded.summary().nestedStacksStandIns().get("VPC").startsWith("its TemplateURL"
                + " https://s3.amazonaws.com/ecs-refarch-cloudformation/infrastructure/vpc.yaml was read from "),
                loaded.summary().nestedStacksStandIns()::toString);
        assertEquals(List.of("VPC/PublicSubnet1", "VPC/PublicSubnet2"), Models.related(m, "load_balancer", "ALB/LoadBalancer", "subnet"));
        assertEquals(List.of("VPC/PrivateSubnet1", "VPC/PrivateSubnet2"),
                Models.related(m, "auto_scaling_group", "ECS/ECSAutoScalingGroup", "subnet"));
        assertEquals(4L, Models.plain(m, "auto_scaling_group", "ECS/ECSAutoScalingGroup", "desired_capacity"));
        assertEquals("nat_gateway", Models.plain(m, "subnet", "VPC/PrivateSubnet1", "default_route_target"));
        assertEquals(List.of("ALB/DefaultTargetGroup", "ProductService/TargetGroup", "WebsiteService/TargetGroup"),
                Models.related(m, "listener", "ALB/LoadBalancerListener", "target_group"));
    }

    @Test
    void containerPatternsWireSubnetsThroughOutputsAndLists() {
        Model web = load("container-patterns/public-facing-web-ecs-fargate-cloudformation/parent.yml", Map.of());
        assertEquals(List.of("VpcStack/PublicSubnetOne", "VpcStack/PublicSubnetTwo"),
                Models.related(web, "ecs_service", "ServiceStack/Service", "subnet"));
        Model balanced = load("container-patterns/balanced-ecs-on-ec2-across-az/parent.yml", Map.of());
        assertEquals(List.of("SubnetIds[0]"),
                Models.related(balanced, "auto_scaling_group", "AzCapacityProviderStack00/ECSAutoScalingGroup", "subnet"));
        assertEquals(3, Models.related(balanced, "ecs_service", "Service/Service", "capacity_provider_strategy").size());
    }
}
