package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.invar.model.Model;
import org.invar.spi.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of Terraform's language configurations use, evaluated from {@code .tf} files into
 * the model: count, for_each, splats, for expressions, templates, heredocs, locals, conditionals,
 * dynamic blocks, and local modules (with count and for_each).
 */
class HclConstructsTest {
    private static final String VPC = """
            resource "aws_vpc" "main" {
              cidr_block = var.cidr
            }
            variable "cidr" {
              default = "10.0.0.0/16"
            }
            """;

    private static String display(Model m, String kind, String id, String attribute) {
        return Fixtures.attribute(m, kind, id, attribute).map(v -> v.display()).orElse("(absent)");
    }

    @Test
    void forEachOverAMapAndEachValue(@TempDir Path dir) {
        Configs.write(dir, "main.tf", VPC + """
                locals {
                  zones = { a = "us-east-1a", b = "us-east-1b" }
                }
                resource "aws_subnet" "s" {
                  for_each          = local.zones
                  vpc_id            = aws_vpc.main.id
                  availability_zone = each.value
                  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, each.key == "a" ? 1 : 2)
                  tags = {
                    Name = "net-${each.key}"
                  }
                }
                resource "aws_lb" "web" {
                  subnets = [for s in aws_subnet.s : s.id]
                }
                """);
        Model m = Configs.load(dir);
        assertEquals("10.0.2.0/24", display(m, "subnet", "aws_subnet.s[\"b\"]", "cidr"));
        assertEquals("net-a", display(m, "subnet", "aws_subnet.s[\"a\"]", "name"));
        assertEquals(List.of("us-east-1b"), Fixtures.related(m, "subnet", "aws_subnet.s[\"b\"]", "az"));
        assertEquals(List.of("aws_subnet.s[\"a\"]", "aws_subnet.s[\"b\"]"),
                Fixtures.related(m, "load_balancer", "aws_lb.web", "subnet"));
        assertEquals(List.of("aws_vpc.main"), Fixtures.related(m, "subnet", "aws_subnet.s[\"a\"]", "vpc"));
    }

    @Test
    void countSplatAndIndexByCount(@TempDir Path dir) {
        Configs.write(dir, "main.tf", VPC + """
                variable "azs" {
                  default = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
                }
                resource "aws_subnet" "s" {
                  count             = length(var.azs)
                  vpc_id            = aws_vpc.main.id
                  availability_zone = element(var.azs, count.index)
                  cidr_block        = cidrsubnet(var.cidr, 4, count.index + 1)
                }
                resource "aws_route_table" "rt" {
                  vpc_id = aws_vpc.main.id
                }
                resource "aws_route_table_association" "a" {
                  count          = 2
                  subnet_id      = aws_subnet.s[count.index].id
                  route_table_id = aws_route_table.rt.id
                }
                resource "aws_lb" "web" {
                  subnets = slice(aws_subnet.s[*].id, 1, 3)
                }
                """);
        Model m = Configs.load(dir);
        assertEquals("10.0.48.0/20", display(m, "subnet", "aws_subnet.s[2]", "cidr"));
        assertEquals(List.of("aws_subnet.s[1]", "aws_subnet.s[2]"), Fixtures.related(m, "load_balancer", "aws_lb.web", "subnet"));
        assertEquals(List.of("aws_route_table.rt"), Fixtures.related(m, "subnet", "aws_subnet.s[1]", "route_table"));
        // only two associations: the third subnet uses its VPC's main table, which is not known
        assertEquals(List.of(), Fixtures.related(m, "subnet", "aws_subnet.s[2]", "route_table"));
    }

    @Test
    void linksGoThroughLocalsExactly(@TempDir Path dir) {
        Configs.write(dir, "main.tf", VPC + """
                resource "aws_subnet" "s" {
                  count             = 3
                  vpc_id            = aws_vpc.main.id
                  availability_zone = "us-east-1a"
                }
                resource "aws_route_table" "rt" {
                  vpc_id = aws_vpc.main.id
                }
                locals {
                  picked = [aws_subnet.s[2].id, aws_subnet.s[0].id]
                }
                resource "aws_route_table_association" "a" {
                  count          = 2
                  subnet_id      = local.picked[count.index]
                  route_table_id = aws_route_table.rt.id
                }
                """);
        Model m = Configs.load(dir);
        // a plan cannot follow locals; the evaluated configuration knows which subnet each one is
        assertEquals(List.of("aws_route_table.rt"), Fixtures.related(m, "subnet", "aws_subnet.s[2]", "route_table"));
        assertEquals(List.of("aws_route_table.rt"), Fixtures.related(m, "subnet", "aws_subnet.s[0]", "route_table"));
        assertEquals(List.of(), Fixtures.related(m, "subnet", "aws_subnet.s[1]", "route_table"));
    }

    @Test
    void localsConditionalsTemplatesAndHeredocs(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                variable "env" {
                  default = "prod"
                }
                locals {
                  prod   = var.env == "prod"
                  tasks  = local.prod ? max(2, local.extra) : 1
                  extra  = 3 - 1 * 2 + 10 % 4
                  prefix = "${var.env}-${local.tasks}"
                  doc    = <<-EOT
                    name: ${local.prefix}
                    escaped: $${not_interpolated}
                    EOT
                }
                resource "aws_ecs_service" "web" {
                  name          = local.prefix
                  desired_count = local.tasks
                }
                """,
                "outputs.tf", """
                output "doc" {
                  value = local.doc
                }
                """);
        Model m = Configs.load(dir);
        assertEquals("3", display(m, "ecs_service", "aws_ecs_service.web", "desired_count"));
        assertEquals("prod-3", display(m, "ecs_service", "aws_ecs_service.web", "name"));
        Model dev = Configs.load(dir, java.util.Map.of("env", "dev"));
        assertEquals("1", display(dev, "ecs_service", "aws_ecs_service.web", "desired_count"));
    }

    @Test
    void dynamicBlocks(@TempDir Path dir) {
        Configs.write(dir, "main.tf", VPC + """
                variable "ports" {
                  default = [80, 443]
                }
                resource "aws_security_group" "web" {
                  name   = "web"
                  vpc_id = aws_vpc.main.id
                  dynamic "ingress" {
                    for_each = var.ports
                    iterator = port
                    content {
                      protocol    = "tcp"
                      from_port   = port.value
                      to_port     = port.value
                      cidr_blocks = ["0.0.0.0/0"]
                    }
                  }
                }
                """);
        Model m = Configs.load(dir);
        List<String> rules = Fixtures.related(m, "security_group", "aws_security_group.web", "ingress");
        assertEquals(2, rules.size(), rules::toString);
        assertEquals("443", display(m, "ingress", rules.get(1), "from_port"));
    }

    @Test
    void localModulesWithCountAndForEach(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                module "net" {
                  source = "./modules/net"
                  cidr   = "10.1.0.0/16"
                  azs    = ["eu-west-1a", "eu-west-1b"]
                }
                module "app" {
                  source   = "./modules/app"
                  for_each = { blue = 1, green = 2 }
                  name     = each.key
                  tasks    = each.value
                  subnets  = module.net.subnet_ids
                }
                """, "modules/net/main.tf", """
                variable "cidr" {}
                variable "azs" {}
                resource "aws_vpc" "this" {
                  cidr_block = var.cidr
                }
                resource "aws_subnet" "this" {
                  count             = length(var.azs)
                  vpc_id            = aws_vpc.this.id
                  availability_zone = var.azs[count.index]
                  cidr_block        = cidrsubnet(var.cidr, 8, count.index)
                }
                output "subnet_ids" {
                  value = aws_subnet.this[*].id
                }
                """, "modules/app/main.tf", """
                variable "name" {}
                variable "tasks" {}
                variable "subnets" {}
                resource "aws_ecs_service" "this" {
                  name          = var.name
                  desired_count = var.tasks
                  network_configuration {
                    subnets = var.subnets
                  }
                }
                """);
        Model m = Configs.load(dir);
        String green = "module.app[\"green\"].aws_ecs_service.this";
        assertEquals("2", display(m, "ecs_service", green, "desired_count"));
        assertEquals(List.of("module.net.aws_subnet.this[0]", "module.net.aws_subnet.this[1]"),
                Fixtures.related(m, "ecs_service", green, "subnet"));
        assertEquals(List.of("eu-west-1a", "eu-west-1b"), Fixtures.related(m, "ecs_service", green, "az"));
        var table = m.table("ecs_service");
        assertTrue(table.origin(table.find(green).orElseThrow()).file().endsWith("modules/app/main.tf"));
    }

    @Test
    void unknownCountLeavesANote(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                data "aws_availability_zones" "all" {}
                resource "aws_subnet" "s" {
                  count             = length(data.aws_availability_zones.all.names)
                  availability_zone = data.aws_availability_zones.all.names[count.index]
                }
                """);
        Model m = Configs.load(dir);
        assertTrue(m.notes().stream().anyMatch(n -> n.contains("how many instances aws_subnet.s has is not known:"
                + " the number of AZs in the region is not known without AWS")), m.notes()::toString);
    }

    @Test
    void unknownsSayWhy(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                variable "internal" {
                  type = bool
                }
                resource "aws_lb" "web" {
                  internal = var.internal
                }
                """);
        Model m = Configs.load(dir);
        var table = m.table("load_balancer");
        String why = table.column("scheme").unknownReason(table.find("aws_lb.web").orElseThrow());
        assertEquals("internal of aws_lb.web is not known (var.internal has no value: give it with --param"
                + " internal=VALUE or in terraform.tfvars)", why);
        Model given = Configs.load(dir, java.util.Map.of("internal", "true"));
        assertEquals("internal", display(given, "load_balancer", "aws_lb.web", "scheme"));
    }

    @Test
    void aConditionalOnAnUnknownLinksBothBranchesAsCandidates(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                variable "public" {
                  type = bool
                }
                resource "aws_subnet" "a" {
                  availability_zone = "us-east-1a"
                }
                resource "aws_subnet" "b" {
                  availability_zone = "us-east-1b"
                }
                resource "aws_lb" "web" {
                  subnets = var.public ? [aws_subnet.a.id] : [aws_subnet.b.id]
                }
                """);
        Model unknown = Configs.load(dir);
        assertEquals(List.of("aws_subnet.a", "aws_subnet.b"), Fixtures.related(unknown, "load_balancer", "aws_lb.web", "subnet"));
        String why = Fixtures.unknownRelation(unknown, "load_balancer", "aws_lb.web", "subnet");
        assertTrue(why != null && why.contains("the condition at " + dir + "/main.tf:11:13 is not known: var.public has no value"),
                why);
        Model known = Configs.load(dir, java.util.Map.of("public", "true"));
        assertEquals(List.of("aws_subnet.a"), Fixtures.related(known, "load_balancer", "aws_lb.web", "subnet"));
        assertEquals(null, Fixtures.unknownRelation(known, "load_balancer", "aws_lb.web", "subnet"));
    }

    @Test
    void filesNotReadAreNoted(@TempDir Path dir) {
        Configs.write(dir, "main.tf", "resource \"aws_vpc\" \"v\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n",
                "extra.tf.json", "{}", "x.auto.tfvars.json", "{}");
        Model m = Configs.load(dir);
        assertEquals("10.0.0.0/16", display(m, "vpc", "aws_vpc.v", "cidr"));
        assertTrue(m.notes().stream().anyMatch(n -> n.endsWith(".tf.json files are not read, only .tf files")));
        assertTrue(m.notes().stream().anyMatch(n -> n.endsWith(".tfvars.json files are not read, only .tfvars files")));
    }

    @Test
    void overrideFilesChangeTheBlocksOfTheOthersInNameOrder(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                locals {
                  cidr = "10.0.0.0/16"
                }
                resource "aws_vpc" "v" {
                  cidr_block = local.cidr
                }
                resource "aws_security_group" "web" {
                  vpc_id = aws_vpc.v.id
                  ingress {
                    from_port   = 22
                    to_port     = 22
                    protocol    = "tcp"
                    cidr_blocks = ["0.0.0.0/0"]
                  }
                  ingress {
                    from_port   = 80
                    to_port     = 80
                    protocol    = "tcp"
                    cidr_blocks = ["0.0.0.0/0"]
                  }
                }
                """,
                "a_override.tf", """
                locals {
                  cidr = "10.1.0.0/16"
                }
                resource "aws_security_group" "web" {
                  ingress {
                    from_port   = 443
                    to_port     = 443
                    protocol    = "tcp"
                    cidr_blocks = ["0.0.0.0/0"]
                  }
                }
                """,
                "override.tf", """
                locals {
                  cidr = "10.2.0.0/16"
                }
                """);
        Model m = Configs.load(dir);
        // override.tf comes after a_override.tf by name: its local wins
        assertEquals("10.2.0.0/16", display(m, "vpc", "aws_vpc.v", "cidr"));
        // a nested block replaces every block of its type: one ingress rule, on 443
        List<String> rules = Fixtures.related(m, "security_group", "aws_security_group.web", "ingress");
        assertEquals(1, rules.size(), rules::toString);
        assertEquals("443", display(m, "ingress", rules.get(0), "from_port"));
        // the block stays where the other file declared it
        var table = m.table("vpc");
        assertEquals(dir + "/main.tf", table.origin(table.find("aws_vpc.v").orElseThrow()).file());
        assertTrue(m.notes().stream().noneMatch(n -> n.contains("override")), m.notes()::toString);
    }

    @Test
    void anOverrideOfNothingIsALocatedError(@TempDir Path dir) {
        Configs.write(dir, "main.tf", "resource \"aws_vpc\" \"v\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n",
                "main_override.tf", "\nresource \"aws_vpc\" \"w\" {\n  cidr_block = \"10.9.0.0/16\"\n}\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> Configs.load(dir));
        assertEquals(dir + "/main_override.tf:2:1: error: resource \"aws_vpc\" \"w\" is overridden here but no other"
                + " file declares it; an override file only changes what the other files declare", e.getMessage());
    }

    @Test
    void theProvidersRegionNamesTheAzs(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                provider "aws" {
                  region = local.region
                }
                locals {
                  region = "eu-west-1"
                }
                data "aws_availability_zones" "available" {}
                resource "aws_subnet" "s" {
                  availability_zone = data.aws_availability_zones.available.names[2]
                }
                """);
        assertEquals(List.of("eu-west-1c"), Fixtures.related(Configs.load(dir), "subnet", "aws_subnet.s", "az"));
    }

    @Test
    void otherDataSourcesAreUnknown(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                data "aws_vpc" "default" {
                  default = true
                }
                resource "aws_subnet" "s" {
                  vpc_id            = data.aws_vpc.default.id
                  cidr_block        = cidrsubnet(data.aws_vpc.default.cidr_block, 8, 1)
                  availability_zone = "us-east-1a"
                }
                """);
        Model m = Configs.load(dir);
        assertEquals(List.of("data.aws_vpc.default"), Fixtures.related(m, "subnet", "aws_subnet.s", "vpc"));
        var table = m.table("subnet");
        String why = table.column("cidr").unknownReason(table.find("aws_subnet.s").orElseThrow());
        assertEquals("data.aws_vpc.default.cidr_block is read from AWS when planning", why);
    }
}
