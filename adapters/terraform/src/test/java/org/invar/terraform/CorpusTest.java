package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.invar.Invar;
import org.invar.RuleSet;
import org.invar.model.Model;
import org.invar.report.Report;
import org.invar.report.Verdict;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelInput;
import org.invar.spi.ModelSources;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shared corpus (real plans and states nobody here wrote; see its PROVENANCE.md), found
 * through the system property {@code invar.corpus} or the environment variable
 * {@code INVAR_CORPUS}. Every file under {@code terraform-plan/} and {@code terraform-state/}
 * loads without error, through the model source, and what each is known to hold is checked.
 * Without a corpus the tests are skipped, and say why.
 */
class CorpusTest {
    private static final RuleSet SEED = Invar.compile("every az with alb_node has healthy_targets >= 1");

    private static Path corpus() {
        return Corpus.dir();
    }

    private static Model load(String relative) throws IOException {
        return Terraform.load(corpus().resolve(relative));
    }

    private static String value(Model model, String kind, String id, String attribute) {
        return Fixtures.attribute(model, kind, id, attribute).map(v -> v.display()).orElse(null);
    }

    @TestFactory
    Stream<DynamicTest> everyFileLoads() throws IOException {
        Path root = corpus();
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("terraform-plan", "terraform-state")) {
            try (Stream<Path> walk = Files.walk(root.resolve(dir))) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() >= 14, "expected the corpus's 7 plans and 7 states, found " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(root.relativize(f).toString(), () -> {
            Model model = ModelSources.installed().read(ModelInput.of(f.toString()), LoadOptions.DEFAULT);
            assertTrue(model.size() > 0, f + " gave an empty model");
        }));
    }

    /**
     * The seed system's own root module, given nothing but its two subnet ids and a certificate
     * (which turns its UI and the UI's ALB on): the zones of those subnets are not known, yet
     * both zones of the ALB fail the seed rule and all three services fail to cover their zones.
     * Without the ids, the subnets are the variables themselves, with the same verdicts.
     */
    @Test
    void metaflowRootFailsTheSeedOnSubnetIdsAlone() throws IOException {
        Path root = corpus().resolve("terraform-hcl/terraform-aws-metaflow");
        RuleSet rules = Invar.compile("rule seed { assert every az with alb_node has healthy_targets >= 1 }\n"
                + "rule covers { assert every ecs_service with load_balancer has desired_count >= "
                + "count(distinct subnet.az) }");
        String certificate = "arn:aws:acm:us-east-1:123456789012:certificate/ui";
        for (Map<String, String> params : List.of(
                Map.of("subnet1_id", "subnet-aaa", "subnet2_id", "subnet-bbb", "ui_certificate_arn", certificate),
                Map.of("ui_certificate_arn", certificate))) {
            Model model = Terraform.loadDirectory(root, new LoadOptions(params, Optional.empty(), Optional.empty()));
            Report report = rules.evaluate(model);
            String zone = params.containsKey("subnet1_id") ? "zone of subnet-" : "zone of var.subnet";
            assertEquals(Verdict.FAIL, report.results().get(0).verdict(), params.toString());
            assertEquals(2, report.results().get(0).findings().stream()
                    .filter(f -> f.verdict() == Verdict.FAIL && f.entity().id().startsWith(zone)).count(), params.toString());
            assertEquals(Verdict.FAIL, report.results().get(1).verdict(), params.toString());
            assertEquals(List.of("module.metaflow-metadata-service.aws_ecs_service.this",
                    "module.metaflow-ui[0].aws_ecs_service.ui_backend", "module.metaflow-ui[0].aws_ecs_service.ui_static"),
                    report.results().get(1).findings().stream().filter(f -> f.verdict() == Verdict.FAIL)
                            .map(f -> f.entity().id()).sorted().toList(), params.toString());
        }
    }

    @Test
    void metaflowModule() throws IOException {
        Model model = load("terraform-plan/metaflow/metaflow-module-2az.tfplan.json");
        String ui = "module.metaflow.module.metaflow-ui[0].";
        String md = "module.metaflow.module.metaflow-metadata-service.";
        assertEquals("internet-facing", value(model, "load_balancer", ui + "aws_lb.this", "scheme"));
        assertEquals("internal", value(model, "load_balancer", md + "aws_lb.this", "scheme"));
        assertEquals("network", value(model, "load_balancer", md + "aws_lb.this", "type"));
        for (String service : List.of(ui + "aws_ecs_service.ui_backend", ui + "aws_ecs_service.ui_static",
                md + "aws_ecs_service.this")) {
            assertEquals("1", value(model, "ecs_service", service, "desired_count"), service);
            assertEquals(List.of("aws_subnet.public[0]", "aws_subnet.public[1]"),
                    Fixtures.related(model, "ecs_service", service, "subnet"), service);
        }
        assertEquals(List.of("aws_subnet.public[0]", "aws_subnet.public[1]"),
                Fixtures.related(model, "load_balancer", ui + "aws_lb.this", "subnet"));
        assertEquals("internet_gateway", value(model, "subnet", "aws_subnet.public[1]", "default_route_target"));
        Report report = SEED.evaluate(model);
        assertEquals(List.of("us-west-2a", "us-west-2b"), report.violations().stream().map(v -> v.entity().id())
                .sorted().toList());
        Report services = Invar.compile("every ecs_service with load_balancer has desired_count >= az_count")
                .evaluate(model);
        assertEquals(3, services.violations().size());
    }

    @Test
    void vpcModuleWithThreeNats() throws IOException {
        Model model = load("terraform-plan/terraform-compliance/issue-158-vpc-module-3az-nat.plan.json");
        assertEquals(6, model.table("subnet").size());
        assertEquals(3, model.table("nat_gateway").size());
        for (int i = 0; i < 3; i++) {
            assertEquals("nat_gateway", value(model, "subnet", "module.vpc.aws_subnet.private[" + i + "]",
                    "default_route_target"));
            assertEquals("internet_gateway", value(model, "subnet", "module.vpc.aws_subnet.public[" + i + "]",
                    "default_route_target"));
            assertEquals(List.of("module.vpc.aws_subnet.public[" + i + "]"),
                    Fixtures.related(model, "nat_gateway", "module.vpc.aws_nat_gateway.this[" + i + "]", "subnet"));
        }
        assertEquals(List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"), model.table("az").ids());
    }

    @Test
    void publicNlbLinkedByReferencesOnly() throws IOException {
        Model model = load("terraform-plan/terraform-compliance/issue-171-public-nlb-vpc.plan.json");
        String nlb = "aws_lb.nlb-noncompliant";
        assertEquals("internet-facing", value(model, "load_balancer", nlb, "scheme"));
        assertEquals(List.of("aws_subnet.test-subnet-pubA", "aws_subnet.test-subnet-pubB"),
                Fixtures.related(model, "load_balancer", nlb, "subnet"));
        assertEquals(3, Fixtures.related(model, "load_balancer", nlb, "listener").size());
        assertTrue(value(model, "subnet", "aws_subnet.test-subnet-pubA", "default_route_target").equals("unknown"),
                "the public table's gateway is known after apply and not in the configuration");
    }

    @Test
    void internalAlbOverExistingSubnetsFailsWithOneInstanceForTwoZones() throws IOException {
        Model model = load("terraform-plan/terraform-compliance/issue-249-internal-alb-asg-update.plan.json");
        String alb = "module.alb.aws_alb.alb";
        assertEquals("internal", value(model, "load_balancer", alb, "scheme"));
        assertEquals(List.of("subnet-13f44a58", "subnet-9918eec4"), Fixtures.related(model, "load_balancer", alb, "subnet"));
        assertEquals(List.of("module.myapp-asg.aws_autoscaling_group.asg"), Fixtures.related(model, "target_group",
                "module.alb.aws_alb_target_group.alb", "auto_scaling_group"));
        assertEquals("1", value(model, "auto_scaling_group", "module.myapp-asg.aws_autoscaling_group.asg",
                "desired_capacity"));
        assertEquals(1, model.table("vpc").size(), "the VPC read by data sources in five modules is one");
        Report report = Invar.compile("every load_balancer has count(distinct subnet.az) >= 2").evaluate(model);
        assertEquals(Verdict.PASS, report.results().get(0).verdict(),
                "the subnets' zones are not in the plan, but a load balancer's subnets are in different zones");
        Report seed = SEED.evaluate(model);
        assertEquals(Verdict.FAIL, seed.results().get(0).verdict(), "one instance (min_size 1) over the ALB's two zones");
        assertEquals(List.of("zone of subnet-13f44a58", "zone of subnet-9918eec4"), seed.results().get(0).findings()
                .stream().map(f -> f.entity().id()).sorted().toList());
    }

    @Test
    void classicElbAndAsgOverSixZones() throws IOException {
        Model model = load("terraform-plan/terraform-compliance/issue-127-classic-elb-asg-6az.plan.json");
        assertEquals(6, Fixtures.related(model, "auto_scaling_group", "aws_autoscaling_group.example", "az").size());
        assertEquals("2", value(model, "auto_scaling_group", "aws_autoscaling_group.example", "min_size"));
        assertEquals(null, value(model, "auto_scaling_group", "aws_autoscaling_group.example", "desired_capacity"),
                "not configured: Auto Scaling starts at min_size");
        assertEquals(0, model.table("load_balancer").size(), "classic ELBs have no kind in schema v1");
    }

    @Test
    void natGatewayAndAnExternalSecurityGroup() throws IOException {
        Model model = load("terraform-plan/terraform-compliance/pull-330-nat-gateway-vpn.plan.json");
        assertEquals(List.of("aws_subnet.test"), Fixtures.related(model, "nat_gateway", "aws_nat_gateway.gw", "subnet"));
        assertEquals(List.of("aws_vpc.pass"), Fixtures.related(model, "nat_gateway", "aws_nat_gateway.gw", "vpc"));
        assertTrue(model.table("security_group").find("sg-123456").isPresent(), "the rule's group, named by id");
    }

    @Test
    void terragoat() throws IOException {
        Model model = load("terraform-plan/checkov/terragoat-runner.tfplan.json");
        assertEquals("true", value(model, "subnet", "aws_subnet.web_subnet", "is_public"));
        assertEquals("true", value(model, "db_instance", "aws_db_instance.default", "publicly_accessible"));
        assertEquals("false", value(model, "bucket", "aws_s3_bucket.data", "public_access_blocked"), "acl public-read");
        assertEquals("false", value(model, "bucket", "aws_s3_bucket.financials", "encrypted"));
        assertEquals("true", value(model, "bucket", "aws_s3_bucket.logs", "encrypted"));
        assertEquals(List.of("aws_subnet.web_subnet"), Fixtures.related(model, "instance", "aws_instance.web_host", "subnet"));
    }

    @Test
    void driftctlStates() throws IOException {
        Model listener = load("terraform-state/driftctl/aws_lb_listener.tfstate");
        assertEquals(List.of("aws_lb_target_group.test"), Fixtures.related(listener, "listener",
                "aws_lb_listener.front_end", "target_group"));
        assertEquals(List.of("aws_subnet.main-1", "subnet-00499e85b962e382f"),
                Fixtures.related(listener, "load_balancer", "aws_lb.test", "subnet").stream().sorted().toList());
        assertEquals(List.of("us-east-1a"), Fixtures.related(listener, "subnet", "aws_subnet.main-1", "az"));

        Model subnets = load("terraform-state/driftctl/aws_subnet.tfstate");
        assertEquals(6, subnets.table("subnet").size());
        assertEquals(List.of("us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d"), subnets.table("az").ids()
                .stream().sorted().toList());
        assertEquals("use1-az6", value(subnets, "az", "us-east-1d", "zone_id"));

        Model routes = load("terraform-state/driftctl/aws_route.tfstate");
        assertEquals("1.1.1.1/32", value(routes, "route", "aws_route.route1", "destination"));
        assertEquals("internet_gateway", value(routes, "route", "aws_route.route_v6", "target_type"));

        Model assoc = load("terraform-state/driftctl/aws_route_assoc.tfstate");
        assertEquals(3, Fixtures.related(assoc, "route_table", "rtb-05aa6c5673311a17b", "subnet").size());

        Model alb = load("terraform-state/driftctl/aws_lb.tfstate");
        assertEquals("application", value(alb, "load_balancer", "aws_alb.test", "type"));

        Model nat = load("terraform-state/driftctl/aws_nat_gateway.tfstate");
        assertEquals("public", value(nat, "nat_gateway", "aws_nat_gateway.nat1", "connectivity_type"));

        Model table = load("terraform-state/driftctl/aws_route_table.tfstate");
        assertEquals(List.of(), Fixtures.related(table, "route_table", "aws_route_table.rr", "route"));
    }
}
