package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.invar.model.Model;
import org.invar.spi.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Module variables take the shape of their type constraints: optional attributes left out of a
 * module argument read as their defaults (so {@code try()} and {@code coalesce()} over them
 * work as in Terraform), and a value that does not fit is an error at the value.
 */
class HclVariableTypesTest {
    private static final String MODULE = """
            variable "subnets" {
              type = map(object({
                cidr = string
                az   = optional(string, "us-east-1a")
                name = optional(string)
                tags = optional(map(string), {})
              }))
            }
            variable "prefix" {
              type     = string
              default  = "net"
              nullable = false
            }
            resource "aws_subnet" "this" {
              for_each          = var.subnets
              vpc_id            = "vpc-1"
              cidr_block        = each.value.cidr
              availability_zone = each.value.az
              tags = merge(each.value.tags, { Name = "${var.prefix}-${coalesce(each.value.name, each.key)}" })
            }
            """;

    @Test
    void optionalAttributesOfAModuleArgumentTakeTheirDefaults(@TempDir Path dir) {
        Configs.write(dir, "modules/net/main.tf", MODULE, "main.tf", """
                module "net" {
                  source = "./modules/net"
                  prefix = null
                  subnets = {
                    a = { cidr = "10.0.1.0/24" }
                    b = { cidr = "10.0.2.0/24", az = "us-east-1b", name = "second", tags = { Tier = 2 } }
                  }
                }
                """);
        Model m = Configs.load(dir);
        assertEquals(List.of("us-east-1a"), Fixtures.related(m, "subnet", "module.net.aws_subnet.this[\"a\"]", "az"));
        assertEquals(List.of("us-east-1b"), Fixtures.related(m, "subnet", "module.net.aws_subnet.this[\"b\"]", "az"));
        assertEquals("net-a", Fixtures.attribute(m, "subnet", "module.net.aws_subnet.this[\"a\"]", "name")
                .orElseThrow().display());
        assertEquals("net-second", Fixtures.attribute(m, "subnet", "module.net.aws_subnet.this[\"b\"]", "name")
                .orElseThrow().display());
    }

    @Test
    void aValueThatDoesNotFitIsAnErrorAtTheValue(@TempDir Path dir) {
        Configs.write(dir, "modules/net/main.tf", MODULE, "main.tf", """
                module "net" {
                  source  = "./modules/net"
                  subnets = { a = { az = "us-east-1a" } }
                }
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> Configs.load(dir));
        assertTrue(e.getMessage().contains("main.tf:3:13: error: the value given for module.net.var.subnets does not fit"
                + " its type map(object({az = optional(string, \"us-east-1a\"), cidr = string, name = optional(string),"
                + " tags = optional(map(string), {})})) (declared at "), e.getMessage());
        assertTrue(e.getMessage().endsWith("[\"a\"]: attribute \"cidr\" is required"), e.getMessage());
    }

    @Test
    void aRootVariableFromTfvarsOrParamIsConvertedToo(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                variable "zones" {
                  type = list(object({ name = string, public = optional(bool, false) }))
                }
                resource "aws_subnet" "s" {
                  count             = length(var.zones)
                  vpc_id            = "vpc-1"
                  availability_zone = var.zones[count.index].name
                  tags              = { Name = var.zones[count.index].public ? "public" : "private" }
                }
                """, "terraform.tfvars", """
                zones = [{ name = "us-east-1a" }, { name = "us-east-1b", public = "true" }]
                """);
        Model m = Configs.load(dir);
        assertEquals("private", Fixtures.attribute(m, "subnet", "aws_subnet.s[0]", "name").orElseThrow().display());
        assertEquals("public", Fixtures.attribute(m, "subnet", "aws_subnet.s[1]", "name").orElseThrow().display());
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> Configs.load(dir,
                Map.of("zones", "[{ public = true }]")));
        assertTrue(e.getMessage().contains("the value given for var.zones does not fit its type"), e.getMessage());
        assertTrue(e.getMessage().endsWith("[0]: attribute \"name\" is required"), e.getMessage());
    }
}
