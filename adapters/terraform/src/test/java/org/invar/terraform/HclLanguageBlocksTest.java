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
 * The module-level blocks that make nothing ({@code moved}, {@code import}, {@code removed},
 * {@code check}, {@code ephemeral}), provider-defined functions, {@code core::} names,
 * templates read from files, and {@code type()} outside the console, in configurations.
 */
class HclLanguageBlocksTest {
    @TempDir
    Path dir;
    private int cases;

    private Path write(String main, String... more) {
        String[] files = new String[2 + more.length];
        files[0] = "main.tf";
        files[1] = main;
        System.arraycopy(more, 0, files, 2, more.length);
        return Configs.write(dir.resolve("case" + ++cases), files);
    }

    private static String display(Model m, String kind, String id, String attribute) {
        return Fixtures.attribute(m, kind, id, attribute).map(v -> v.display()).orElse("(absent)");
    }

    private ModelLoadException fails(String main, String... more) {
        Path at = write(main, more);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> Configs.load(at));
        assertTrue(e.getMessage().startsWith(at.toString()), e.getMessage());
        return e;
    }

    @Test
    void blocksThatMakeNothingAreReadAndLeftOut() {
        Model m = Configs.load(write("""
                resource "aws_vpc" "main" {
                  cidr_block = "10.0.0.0/16"
                }
                moved {
                  from = aws_vpc.old
                  to   = aws_vpc.main
                }
                import {
                  to = aws_vpc.main
                  id = "vpc-0123456789abcdef0"
                }
                import {
                  for_each = { a = "sg-1", b = "sg-2" }
                  to       = aws_security_group.g[each.key]
                  id       = each.value
                }
                removed {
                  from = module.legacy.aws_subnet.a["x"]
                  lifecycle {
                    destroy = false
                  }
                }
                check "vpc_exists" {
                  data "aws_vpc" "probe" {
                    id = aws_vpc.main.id
                  }
                  assert {
                    condition     = data.aws_vpc.probe.cidr_block == "10.0.0.0/16"
                    error_message = "the VPC changed"
                  }
                }
                ephemeral "aws_secretsmanager_secret_version" "db" {
                  secret_id = "db"
                }
                """));
        // the check's data source is no second VPC
        assertEquals(List.of("aws_vpc.main"), List.copyOf(m.table("vpc").ids()));
    }

    @Test
    void mistakesInThoseBlocksSayWhatTheyTake() {
        assertTrue(fails("moved {\n  from = aws_vpc.a\n}\n").getMessage().contains("1:1: error: a moved block needs"
                + " to = ...; it takes from and to"));
        assertTrue(fails("moved {\n  from = aws_vpc.a\n  to = aws_vpc.b\n  by = 1\n}\n").getMessage()
                .contains("4:3: error: unsupported argument by in a moved block"));
        assertTrue(fails("moved {\n  from = \"aws_vpc.a\"\n  to = aws_vpc.b\n}\n").getMessage()
                .contains("2:10: error: invalid from address in a moved block: a static address is required"));
        assertTrue(fails("import {\n  to = aws_vpc.a\n}\n").getMessage().contains("an import block needs id"));
        assertTrue(fails("removed {\n  from = aws_vpc.a\n  provisioner_x {\n  }\n}\n").getMessage()
                .contains("3:3: error: unsupported block type provisioner_x in a removed block"));
        assertTrue(fails("check \"c\" {\n  data \"aws_vpc\" \"v\" {\n  }\n}\n").getMessage()
                .contains("check \"c\" has no assert block"));
        assertTrue(fails("check \"c\" {\n  assert {\n    condition = true\n  }\n}\n").getMessage()
                .contains("2:3: error: a assert block needs error_message"));
        assertTrue(fails("ephemeral \"aws_x\" {\n}\n").getMessage().contains("block has 2 labels, not 1"));
        assertTrue(fails("moves {\n}\n").getMessage().contains("unknown block type moves"));
    }

    @Test
    void providerFunctionsAreUnknownAndNameTheFunction() {
        Model m = Configs.load(write("""
                resource "aws_subnet" "a" {
                  availability_zone = provider::aws::arn_parse("arn:aws:ec2:us-east-1:1:subnet/x").region
                  cidr_block        = core::cidrsubnet("10.0.0.0/16", 8, 1)
                }
                ephemeral "aws_kms_secrets" "k" {
                }
                resource "aws_subnet" "b" {
                  availability_zone = ephemeral.aws_kms_secrets.k.plaintext
                }
                """));
        assertEquals("10.0.1.0/24", display(m, "subnet", "aws_subnet.a", "cidr"));
        // not known: the zones are symbolic, never a value made up (the reasons: HclExpressionsTest)
        assertTrue(Fixtures.zoneCause(m, "aws_subnet.a") != null);
        assertTrue(Fixtures.zoneCause(m, "aws_subnet.b") != null);
        assertTrue(fails("locals {\n  x = provider::aws(1)\n}\nresource \"aws_vpc\" \"v\" {\n  cidr_block = local.x\n}\n")
                .getMessage().contains("provider::PROVIDER::FUNCTION"));
    }

    @Test
    void typeIsOnlyForTheConsole() {
        assertTrue(fails("resource \"aws_vpc\" \"v\" {\n  cidr_block = type(\"x\")\n}\n").getMessage()
                .contains("2:16: error: there is no function named \"type\" in a configuration"));
    }

    @Test
    void templatesAreReadFromTheModuleAndTheirErrorsAreInTheTemplate() {
        Path at = write("""
                resource "aws_subnet" "a" {
                  cidr_block = templatefile("${path.module}/cidr.tpl", { net = 3 })
                  tags = {
                    Name = trimspace(templatefile("${path.module}/name.tpl", { parts = ["a", "b"] }))
                  }
                }
                """, "cidr.tpl", "10.0.${net}.0/24", "name.tpl", "%{ for p in parts ~}\n${p}-\n%{ endfor ~}\nend\n");
        Model m = Configs.load(at);
        assertEquals("10.0.3.0/24", display(m, "subnet", "aws_subnet.a", "cidr"));
        assertEquals("a-\nb-\nend", display(m, "subnet", "aws_subnet.a", "name"));
        ModelLoadException syntax = fails("""
                resource "aws_subnet" "a" {
                  cidr_block = templatefile("${path.module}/cidr.tpl", { net = 3 })
                }
                """, "cidr.tpl", "line one\n10.0.${net .0/24\n");
        assertTrue(syntax.getMessage().contains("cidr.tpl:3:1: error: unexpected end of file; expected '}'"),
                syntax.getMessage());
        ModelLoadException missing = fails("""
                resource "aws_subnet" "a" {
                  cidr_block = templatefile("${path.module}/cidr.tpl", { network = 3 })
                }
                """, "cidr.tpl", "10.0.${net}.0/24");
        assertTrue(missing.getMessage().contains("cidr.tpl:1:8: error: vars map does not contain key \"net\"; the"
                + " template can use network"), missing.getMessage());
    }
}
