package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.invar.Invar;
import org.invar.model.EntityTable;
import org.invar.model.Model;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subnet reference whose value is a root variable without a value, unchanged, is a stand-in
 * subnet named by the variable ({@code var.subnet1_id}), shared wherever the variable is used; a
 * list variable stands for the subnets it certainly holds ({@code var.subnet_ids[0]}, ...), the
 * relation unknown since it may hold more.
 */
class HclVariableSubnetsTest {
    /** The shape of terraform-aws-metaflow: two subnet ids given to the root, passed down to a module. */
    private static final String[] METAFLOW = {
        "variables.tf", """
            variable "subnet1_id" {
              type        = string
              description = "First subnet used for availability zone redundancy"
            }

            variable "subnet2_id" {
              type = string
            }
            """,
        "main.tf", """
            module "metadata" {
              source     = "./modules/metadata"
              subnet1_id = var.subnet1_id
              subnet2_id = var.subnet2_id
            }
            """,
        "modules/metadata/main.tf", """
            variable "subnet1_id" {
              type = string
            }
            variable "subnet2_id" {
              type = string
            }
            resource "aws_lb" "this" {
              internal = true
              subnets  = [var.subnet1_id, var.subnet2_id]
            }
            resource "aws_ecs_service" "this" {
              desired_count = 1
              launch_type   = "FARGATE"
              network_configuration {
                subnets = [var.subnet1_id, var.subnet2_id]
              }
            }
            """};

    @Test
    void aVariableWithoutAValueIsAStandInSubnetSharedWhereverItIsUsed(@TempDir Path dir) {
        Configs.write(dir, METAFLOW);
        Model m = Configs.load(dir);
        List<String> both = List.of("var.subnet1_id", "var.subnet2_id");
        assertEquals(both, Fixtures.related(m, "load_balancer", "module.metadata.aws_lb.this", "subnet"));
        assertNull(Fixtures.unknownRelation(m, "load_balancer", "module.metadata.aws_lb.this", "subnet"));
        assertEquals(both, Fixtures.related(m, "ecs_service", "module.metadata.aws_ecs_service.this", "subnet"));
        assertNull(Fixtures.unknownRelation(m, "ecs_service", "module.metadata.aws_ecs_service.this", "subnet"));
        EntityTable subnets = m.table("subnet");
        assertEquals(both, subnets.ids());
        int s1 = subnets.find("var.subnet1_id").orElseThrow();
        String why = "var.subnet1_id has no value: give it with --param subnet1_id=VALUE or in terraform.tfvars";
        assertEquals(why, Fixtures.zoneCause(m, "var.subnet1_id"), "a zone of its own, not known");
        assertEquals(why, subnets.column("id").unknownReason(s1));
        assertEquals(List.of("zone of var.subnet1_id"), Fixtures.related(m, "subnet", "var.subnet1_id", "az"));
        assertEquals(dir + "/variables.tf", subnets.origin(s1).file());
        assertEquals(1, subnets.origin(s1).line());
        assertEquals("var.subnet1_id", subnets.origin(s1).resource());
        assertEquals(Verdict.PASS, Invar.compile("every load_balancer has count(subnet) >= 2").evaluate(m)
                .results().get(0).verdict());
    }

    @Test
    void aVariableGivenAValueNamesThatSubnetAsBefore(@TempDir Path dir) {
        Configs.write(dir, METAFLOW);
        Model m = Configs.load(dir, Map.of("subnet1_id", "subnet-aaa"));
        assertEquals(List.of("subnet-aaa", "var.subnet2_id"),
                Fixtures.related(m, "load_balancer", "module.metadata.aws_lb.this", "subnet"));
        assertEquals("subnet-aaa", Fixtures.attribute(m, "subnet", "subnet-aaa", "id").orElseThrow().display());
    }

    @Test
    void aListVariableStandsForTheSubnetsItCertainlyHolds(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                variable "public_subnet_ids" {
                  type = list(string)
                }
                variable "private_subnet_ids" {
                  type = set(string)
                }
                variable "app_subnet_ids" {
                  type = list(string)
                }
                resource "aws_lb" "web" {
                  subnets = var.public_subnet_ids
                }
                resource "aws_lb" "nlb" {
                  load_balancer_type = "network"
                  subnets            = tolist(var.private_subnet_ids)
                }
                resource "aws_ecs_service" "public" {
                  network_configuration {
                    subnets = var.public_subnet_ids
                  }
                }
                resource "aws_ecs_service" "app" {
                  network_configuration {
                    subnets = var.app_subnet_ids
                  }
                }
                resource "aws_instance" "bastion" {
                  subnet_id = var.app_subnet_ids[2]
                }
                """);
        Model m = Configs.load(dir);
        List<String> two = List.of("var.public_subnet_ids[0]", "var.public_subnet_ids[1]");
        assertEquals(two, Fixtures.related(m, "load_balancer", "aws_lb.web", "subnet"));
        assertEquals("subnets of aws_lb.web is not known: var.public_subnet_ids has no value: it may list more subnets",
                Fixtures.unknownRelation(m, "load_balancer", "aws_lb.web", "subnet"));
        // the same list everywhere: two subnets, since it is an application load balancer's
        assertEquals(two, Fixtures.related(m, "ecs_service", "aws_ecs_service.public", "subnet"));
        assertEquals(List.of("var.private_subnet_ids[0]"), Fixtures.related(m, "load_balancer", "aws_lb.nlb", "subnet"));
        assertEquals(List.of("var.app_subnet_ids[0]", "var.app_subnet_ids[1]", "var.app_subnet_ids[2]"),
                Fixtures.related(m, "ecs_service", "aws_ecs_service.app", "subnet"));
        assertEquals(List.of("var.app_subnet_ids[2]"), Fixtures.related(m, "instance", "aws_instance.bastion", "subnet"));
        assertNull(Fixtures.unknownRelation(m, "instance", "aws_instance.bastion", "subnet"));
        assertEquals(Verdict.UNKNOWN, Invar.compile("every load_balancer has count(subnet) <= 2").evaluate(m)
                .results().get(0).verdict());
    }

    @Test
    void onlyTheVariableItselfIsAStandInNotWhatIsComputedFromIt(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                variable "prefix" {
                  type = string
                }
                variable "network" {
                  type = object({ subnet_id = string })
                }
                variable "public" {
                  type = bool
                }
                variable "a" {
                  type = string
                }
                variable "b" {
                  type = string
                }
                variable "sg" {
                  type = string
                }
                resource "aws_instance" "one" {
                  subnet_id = "${var.prefix}-subnet"
                }
                resource "aws_db_instance" "db" {
                  engine                 = "mysql"
                  vpc_security_group_ids = [var.sg]
                }
                resource "aws_instance" "two" {
                  subnet_id = var.network.subnet_id
                }
                resource "aws_instance" "three" {
                  subnet_id = var.public ? var.a : var.b
                }
                """);
        Model m = Configs.load(dir);
        for (String instance : List.of("aws_instance.one", "aws_instance.two", "aws_instance.three")) {
            assertEquals(List.of(), Fixtures.related(m, "instance", instance, "subnet"), instance);
            assertTrue(Fixtures.unknownRelation(m, "instance", instance, "subnet").contains("has no value"), instance);
        }
        assertEquals(List.of(), m.table("subnet").ids());
        // other kinds than subnets are unknown as before
        assertEquals("vpc_security_group_ids of aws_db_instance.db is not known: var.sg has no value: give it with"
                + " --param sg=VALUE or in terraform.tfvars",
                Fixtures.unknownRelation(m, "db_instance", "aws_db_instance.db", "security_group"));
    }

    @Test
    void aVariableWithoutATypeMayBeAList(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                variable "subnets" {}
                resource "aws_lb" "web" {
                  subnets = var.subnets
                }
                """);
        Model m = Configs.load(dir);
        assertEquals(List.of("var.subnets"), Fixtures.related(m, "load_balancer", "aws_lb.web", "subnet"));
        assertTrue(Fixtures.unknownRelation(m, "load_balancer", "aws_lb.web", "subnet")
                .endsWith("var.subnets has no value and no type: it may be a list of several subnets"));
    }
}
