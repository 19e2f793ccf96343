package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.Invar;
import org.invar.RuleSet;
import org.invar.model.Model;
import org.invar.model.Origin;
import org.invar.report.Report;
import org.invar.report.Verdict;
import org.invar.spi.LoadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed scenario as a configuration (fixtures/hcl/seed): subnets by count over
 * {@code slice(data.aws_availability_zones.available.names, 0, 2)}, an ECS service with
 * {@code desired_count = var.service_count}. One task leaves an AZ of the ALB without a healthy
 * target; two do not.
 */
class HclSeedTest {
    private static final RuleSet RULE = Invar.compile("every az with alb_node has healthy_targets >= 1");

    private static Path seed() {
        return Fixtures.path("hcl/seed");
    }

    @Test
    void oneTaskByDefaultFailsBothSymbolicAzs() {
        Report report = RULE.evaluate(Configs.load(seed()));
        assertEquals(Verdict.FAIL, report.results().get(0).verdict());
        assertEquals(List.of("az-1", "az-2"), report.violations().stream().map(f -> f.entity().id()).sorted().toList());
    }

    @Test
    void twoTasksByParamPass() {
        Report report = RULE.evaluate(Configs.load(seed(), Map.of("service_count", "2")));
        assertEquals(Verdict.PASS, report.results().get(0).verdict(), () -> report.unknowns().toString());
        assertEquals(2, report.results().get(0).passed());
    }

    @Test
    void twoTasksByTfvarsPass(@TempDir Path dir) {
        Configs.copy(seed(), dir);
        Configs.write(dir, "terraform.tfvars", "service_count = 2\n");
        assertEquals(Verdict.PASS, RULE.evaluate(Configs.load(dir)).results().get(0).verdict());
    }

    @Test
    void precedenceDefaultTfvarsAutoTfvarsParam(@TempDir Path dir) {
        Configs.copy(seed(), dir);
        Configs.write(dir, "terraform.tfvars", "service_count = 2\n", "a.auto.tfvars", "service_count = 1\n",
                "b.auto.tfvars", "service_count = 3\n");
        Model byFiles = Configs.load(dir);
        assertEquals("3", Fixtures.attribute(byFiles, "ecs_service", "aws_ecs_service.web", "desired_count")
                .orElseThrow().display());
        Model byParam = Configs.load(dir, Map.of("service_count", "1"));
        assertEquals("1", Fixtures.attribute(byParam, "ecs_service", "aws_ecs_service.web", "desired_count")
                .orElseThrow().display());
    }

    @Test
    void aGivenRegionNamesTheAzs() throws IOException {
        Model model = Terraform.loadDirectory(seed(), new LoadOptions(Map.of(), Optional.of("eu-west-1"), Optional.empty()));
        assertEquals(List.of("eu-west-1b"), Fixtures.related(model, "subnet", "aws_subnet.public[1]", "az"));
        assertEquals(List.of("eu-west-1a", "eu-west-1b"),
                RULE.evaluate(model).violations().stream().map(f -> f.entity().id()).sorted().toList());
    }

    @Test
    void linksComeFromTheExpressions() {
        Model model = Configs.load(seed());
        assertEquals(List.of("aws_subnet.public[0]", "aws_subnet.public[1]"),
                Fixtures.related(model, "load_balancer", "aws_lb.web", "subnet"));
        assertEquals(List.of("aws_subnet.public[0]", "aws_subnet.public[1]"),
                Fixtures.related(model, "ecs_service", "aws_ecs_service.web", "subnet"));
        assertEquals(List.of("aws_lb_target_group.web"),
                Fixtures.related(model, "listener", "aws_lb_listener.http", "target_group"));
        assertEquals(List.of("aws_route_table.public"),
                Fixtures.related(model, "subnet", "aws_subnet.public[1]", "route_table"));
        assertEquals("10.0.1.0/24", Fixtures.attribute(model, "subnet", "aws_subnet.public[1]", "cidr")
                .orElseThrow().display());
        assertEquals("public-1", Fixtures.attribute(model, "subnet", "aws_subnet.public[1]", "name")
                .orElseThrow().display());
    }

    @Test
    void originsAreFileLineColumn() {
        Model model = Configs.load(seed());
        var table = model.table("ecs_service");
        Origin origin = table.origin(table.find("aws_ecs_service.web").orElseThrow());
        assertEquals(seed() + "/main.tf", origin.file());
        assertEquals(155, origin.line());
        assertEquals(1, origin.column());
        assertEquals("aws_ecs_service.web", origin.resource());
    }

    @Test
    void aVariableWithoutValueIsUnknownWithANote(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                variable "count_of_tasks" {
                  type = number
                }
                resource "aws_ecs_service" "web" {
                  name          = "web"
                  desired_count = var.count_of_tasks
                }
                """);
        Model model = Configs.load(dir);
        var table = model.table("ecs_service");
        int e = table.find("aws_ecs_service.web").orElseThrow();
        String reason = table.column("desired_count").unknownReason(e);
        assertTrue(reason.contains("var.count_of_tasks has no value"), reason);
        assertTrue(model.notes().stream().anyMatch(n -> n.contains("--param count_of_tasks=VALUE")), model.notes()::toString);
    }
}
