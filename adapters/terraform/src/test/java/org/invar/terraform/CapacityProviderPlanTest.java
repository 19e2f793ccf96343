package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.Invar;
import org.invar.RuleSet;
import org.invar.model.Model;
import org.invar.model.Value;
import org.invar.report.Report;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;

/**
 * ECS services placed by a capacity provider, as real plans and as the {@code .tf} directory
 * (fixtures/capacity: a bridge-mode service "web" with its own strategy over an Auto Scaling
 * group in two AZs behind an internal ALB, desired_count = var.service_count; "worker" placed by
 * the cluster's default strategy). The service has no subnets: its zones are the group's.
 */
class CapacityProviderPlanTest {
    private static final RuleSet RULE = Invar.compile("every az with alb_node has healthy_targets >= 1");

    private static Model hcl(int tasks) {
        return Configs.load(Fixtures.path("capacity"), Map.of("service_count", Integer.toString(tasks)));
    }

    @Test
    void theProviderLinksComeFromReferences() {
        Model model = Fixtures.plan("capacity/plan-1.json");
        assertEquals(List.of("aws_autoscaling_group.ecs"),
                Fixtures.related(model, "capacity_provider", "aws_ecs_capacity_provider.ecs", "auto_scaling_group"));
        assertEquals(List.of("aws_ecs_capacity_provider.ecs"), Fixtures.related(model, "capacity_provider_strategy",
                "aws_ecs_service.web:capacity_provider_strategy[0]", "capacity_provider"));
        assertEquals(List.of("aws_ecs_cluster_capacity_providers.main:default_capacity_provider_strategy[0]"),
                Fixtures.related(model, "ecs_cluster", "aws_ecs_cluster.main", "capacity_provider_strategy"));
        assertEquals(Optional.empty(), Fixtures.attribute(model, "ecs_service", "aws_ecs_service.worker", "launch_type"),
                "a launch type the configuration does not set is none, though the provider computes one");
    }

    @Test
    void theServicesRunInTheGroupsZones() {
        for (Model model : List.of(Fixtures.plan("capacity/plan-1.json"), hcl(1))) {
            for (String service : List.of("aws_ecs_service.web", "aws_ecs_service.worker")) {
                assertEquals(List.of("us-east-1a", "us-east-1b"), Fixtures.related(model, "ecs_service", service, "az"));
                assertEquals(Optional.of(Value.of(2)), Fixtures.attribute(model, "ecs_service", service, "az_count"));
            }
        }
    }

    @Test
    void oneTaskFailsBothZonesTwoPass() {
        for (Model model : List.of(Fixtures.plan("capacity/plan-1.json"), hcl(1))) {
            Report report = RULE.evaluate(model);
            assertEquals(List.of("us-east-1a", "us-east-1b"),
                    report.violations().stream().map(f -> f.entity().id()).sorted().toList());
        }
        for (Model model : List.of(Fixtures.plan("capacity/plan-2.json"), hcl(2))) {
            Report report = RULE.evaluate(model);
            assertEquals(Verdict.PASS, report.results().get(0).verdict(), () -> report.unknowns().toString());
        }
    }
}
