package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.invar.model.EntityTable;
import org.invar.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code aws_appautoscaling_target} of an ECS service's desired count gives the service its
 * {@code min_capacity}, the fewest tasks it may be scaled in to; its {@code desired_count} stays.
 * Plans, states and configurations alike ({@code fixtures/autoscaling}).
 */
class ScalableTargetTest {
    private static String display(Model m, String service, String attribute) {
        return Fixtures.attribute(m, "ecs_service", service, attribute).map(v -> v.display()).orElse("(absent)");
    }

    private static String unknownReason(Model m, String service, String attribute) {
        EntityTable table = m.table("ecs_service");
        return table.column(attribute).unknownReason(table.find(service).orElseThrow());
    }

    @Test
    void inAPlanByNameAndByTheConfigurationsReferences() {
        Model m = Fixtures.plan("autoscaling/plan.json");
        assertEquals("1", display(m, "aws_ecs_service.api", "min_capacity"));
        assertEquals("2", display(m, "aws_ecs_service.api", "desired_count"));
        // the batch cluster's name is known only after apply: the references say which service
        assertEquals("2", display(m, "aws_ecs_service.worker", "min_capacity"));
        assertEquals("4", display(m, "aws_ecs_service.worker", "desired_count"));
    }

    @Test
    void inAStateByName() {
        Model m = Fixtures.state("autoscaling/state.tfstate");
        assertEquals("1", display(m, "aws_ecs_service.api", "min_capacity"));
        assertEquals("2", display(m, "aws_ecs_service.worker", "min_capacity"));
        assertEquals("4", display(m, "aws_ecs_service.worker", "desired_count"));
    }

    @Test
    void inAConfiguration(@TempDir Path dir) throws Exception {
        Files.copy(Fixtures.path("autoscaling/main.tf"), dir.resolve("main.tf"));
        Model m = Configs.load(dir);
        assertEquals("1", display(m, "aws_ecs_service.api", "min_capacity"));
        // Evaluated, the worker's resource_id is unknown (its cluster's name is known after apply),
        // but it names aws_ecs_service.worker, as the plan's references do: the same service.
        assertEquals("2", display(m, "aws_ecs_service.worker", "min_capacity"));
        Model fewer = Configs.load(dir, java.util.Map.of("api_min_tasks", "0"));
        assertEquals("0", display(fewer, "aws_ecs_service.api", "min_capacity"));
    }

    @Test
    void unknownMinCapacityOrNamespaceIsUnknownWithTheReason(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                variable "min" {
                  type = number
                }
                variable "namespace" {
                  type = string
                }
                resource "aws_ecs_cluster" "c" {
                  name = "c"
                }
                resource "aws_ecs_service" "a" {
                  name          = "a"
                  cluster       = aws_ecs_cluster.c.id
                  desired_count = 2
                }
                resource "aws_ecs_service" "b" {
                  name          = "b"
                  cluster       = aws_ecs_cluster.c.id
                  desired_count = 2
                }
                resource "aws_ecs_service" "other" {
                  name          = "a"
                  cluster       = "elsewhere"
                  desired_count = 2
                }
                resource "aws_appautoscaling_target" "a" {
                  service_namespace  = "ecs"
                  scalable_dimension = "ecs:service:DesiredCount"
                  resource_id        = "service/${aws_ecs_cluster.c.name}/${aws_ecs_service.a.name}"
                  min_capacity       = var.min
                  max_capacity       = 4
                }
                resource "aws_appautoscaling_target" "b" {
                  service_namespace  = var.namespace
                  scalable_dimension = "ecs:service:DesiredCount"
                  resource_id        = "service/c/b"
                  min_capacity       = 1
                  max_capacity       = 4
                }
                """);
        Model m = Configs.load(dir);
        assertEquals("var.min has no value: give it with --param min=VALUE or in terraform.tfvars",
                unknownReason(m, "aws_ecs_service.a", "min_capacity"));
        assertTrue(unknownReason(m, "aws_ecs_service.b", "min_capacity").startsWith("aws_appautoscaling_target.b may"
                + " scale aws_ecs_service.b in: its service_namespace is not known (var.namespace has no value"));
        // a service of that name in another cluster is not the one
        assertEquals(Optional.empty(), Fixtures.attribute(m, "ecs_service", "aws_ecs_service.other", "min_capacity"));
    }

    @Test
    void aTargetThatMayNotExistMakesTheMinimumUnknown(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                variable "autoscale" {
                  type = bool
                }
                resource "aws_ecs_service" "a" {
                  name          = "a"
                  desired_count = 2
                }
                resource "aws_appautoscaling_target" "a" {
                  count              = var.autoscale ? 1 : 0
                  service_namespace  = "ecs"
                  scalable_dimension = "ecs:service:DesiredCount"
                  resource_id        = "service/default/${aws_ecs_service.a.name}"
                  min_capacity       = 1
                  max_capacity       = 4
                }
                """);
        Model m = Configs.load(dir);
        String why = unknownReason(m, "aws_ecs_service.a", "min_capacity");
        assertTrue(why.startsWith("min_capacity of ecs_service aws_ecs_service.a is set by aws_appautoscaling_target.a[?],"
                + " which may not exist: how many instances aws_appautoscaling_target.a has is not known"), why);
        Model on = Configs.load(dir, java.util.Map.of("autoscale", "true"));
        assertEquals("1", display(on, "aws_ecs_service.a", "min_capacity"));
    }
}
