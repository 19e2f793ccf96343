package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.invar.spi.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad configurations are a {@link ModelLoadException} that starts with {@code file:line:col:
 * error:} and says what is wrong and how to fix it; never another exception.
 */
class HclBadInputTest {
    @TempDir
    Path dir;
    private Path current;
    private int cases;

    /** Each case in a directory of its own. */
    private ModelLoadException fails(String... files) {
        current = Configs.write(dir.resolve("case" + ++cases), files);
        return assertThrows(ModelLoadException.class, () -> Configs.load(current));
    }

    private void assertAt(ModelLoadException e, String file, String where, String what) {
        String prefix = current.resolve(file) + ":" + where + ": error: ";
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        assertTrue(e.getMessage().contains(what), e.getMessage());
    }

    @Test
    void syntaxErrors() {
        assertAt(fails("main.tf", "resource \"aws_vpc\" \"a\" {\n  cidr_block = \"10.0.0.0/16\n}\n"), "main.tf", "2:16",
                "unterminated string");
        assertAt(fails("main.tf", "resource \"aws_vpc\" \"a\" {\n  cidr_block = 1 +\n}\n"), "main.tf", "2:19",
                "unexpected end of line");
        assertAt(fails("main.tf", "resource \"aws_vpc\" \"a\" {\n  cidr_block = 1\n"), "main.tf", "3:1",
                "unexpected end of file; expected '}'");
        assertAt(fails("main.tf", "locals {\n  a = [1, 2\n  b = 3\n}\n"), "main.tf", "3:3", "unexpected 'b'");
        assertAt(fails("main.tf", "locals {\n  a = \"%{ if true }x\"\n}\n"), "main.tf", "2:21",
                "unexpected '\"'; expected '%{'");
        assertAt(fails("main.tf", "locals {\n  a = 1 @ 2\n}\n"), "main.tf", "2:9", "unexpected character '@'");
    }

    @Test
    void referenceCycleAmongLocals() {
        assertAt(fails("main.tf", """
                locals {
                  a = local.b + 1
                  b = local.c
                  c = local.a
                }
                resource "aws_ecs_service" "s" {
                  desired_count = local.a
                }
                """), "main.tf", "2:3", "reference cycle: local.a -> local.b -> local.c -> local.a");
    }

    @Test
    void referenceCycleThroughAResource() {
        assertAt(fails("main.tf", """
                resource "aws_vpc" "a" {
                  cidr_block = aws_subnet.b.cidr_block
                }
                resource "aws_subnet" "b" {
                  cidr_block = aws_vpc.a.cidr_block
                }
                """), "main.tf", "2:3", "reference cycle: aws_vpc.a.cidr_block -> aws_subnet.b.cidr_block -> aws_vpc.a.cidr_block");
    }

    @Test
    void emptyModuleSource() {
        assertAt(fails("main.tf", "module \"net\" {\n  source = \"\"\n}\n"), "main.tf", "2:12",
                "module net has an empty source");
    }

    @Test
    void malformedInstalledModulesFile() {
        assertAt(fails("main.tf", "module \"vpc\" {\n  source = \"terraform-aws-modules/vpc/aws\"\n}\n",
                ".terraform/modules/modules.json", "{\"Modules\": [\n  {\"Key\": }\n]}\n"),
                ".terraform/modules/modules.json", "2:11", "not valid JSON");
    }

    @Test
    void unknownFunctionAndWrongArity() {
        assertAt(fails("main.tf", "resource \"aws_vpc\" \"a\" {\n  cidr_block = cidrsubnett(\"10.0.0.0/16\", 8, 1)\n}\n"),
                "main.tf", "2:16", "unknown function cidrsubnett() (did you mean cidrsubnet?); Terraform 1.11 has no function of this name");
        assertAt(fails("main.tf", "resource \"aws_vpc\" \"a\" {\n  cidr_block = cidrsubnet(\"10.0.0.0/16\", 8)\n}\n"),
                "main.tf", "2:16", "cidrsubnet() takes 3 arguments: cidrsubnet(prefix, newbits, netnum); given 2");
    }

    @Test
    void undeclaredNames() {
        assertAt(fails("main.tf", "resource \"aws_vpc\" \"a\" {\n  cidr_block = var.cidr\n}\n"), "main.tf", "2:16",
                "var.cidr is not declared");
        assertAt(fails("main.tf", "resource \"aws_vpc\" \"a\" {\n  cidr_block = aws_vpc.b.cidr_block\n}\n"), "main.tf",
                "2:16", "aws_vpc.b is not declared");
        assertAt(fails("main.tf", "resource \"aws_vpc\" \"a\" {\n  cidr_block = cidr\n}\n"), "main.tf", "2:16",
                "unknown name 'cidr'");
    }

    @Test
    void wrongValues() {
        assertAt(fails("main.tf", "resource \"aws_subnet\" \"a\" {\n  count = \"two\"\n}\n"), "main.tf", "2:11",
                "the count of aws_subnet.a must be a whole number of at least 0, not \"two\"");
        assertAt(fails("main.tf", "resource \"aws_subnet\" \"a\" {\n  for_each = [\"a\"]\n}\n"), "main.tf", "2:14",
                "wrap a list in toset()");
        assertAt(fails("main.tf", "resource \"aws_subnet\" \"a\" {\n  cidr_block = cidrsubnet(\"10.0.0.0/30\", 8, 1)\n}\n"),
                "main.tf", "2:42", "insufficient address space to extend prefix of 30 by 8");
        assertAt(fails("main.tf", "resource \"aws_subnet\" \"a\" {\n  count = 100001\n}\n"), "main.tf", "2:11",
                "invar reads at most 10000");
    }

    /** Mistakes the newer parts of the evaluator find, each at the mistake. */
    @Test
    void escapesTypesArgumentsAndModuleInstances() {
        assertAt(fails("main.tf", "locals {\n  a = \"C:\\temp\\x\"\n}\n"), "main.tf", "2:15",
                "invalid escape sequence \\x"); // \t is a tab
        assertAt(fails("main.tf", "locals {\n  a = \"\\u00g9\"\n}\n", "out.tf", "output \"a\" { value = local.a }\n"),
                "main.tf", "2:8", "invalid escape sequence \\u: it takes 4 hexadecimal digits");
        assertAt(fails("main.tf", "variable \"v\" {\n  type = list(strin)\n}\n"
                + "resource \"aws_vpc\" \"a\" {\n  cidr_block = var.v[0]\n}\n"), "main.tf", "2:15",
                "'strin' is not a type");
        assertAt(fails("main.tf", "resource \"aws_vpc\" \"a\" {\n  cidr_block = cidrsubnet(\"10.0.0.0/16\", [8], 1)\n}\n"),
                "main.tf", "2:42", "argument 2 (newbits) must be a number, not a list of 1");
        assertAt(fails("main.tf", "resource \"aws_vpc\" \"a\" {\n  cidr_block = true ? 1 : [2]\n}\n"),
                "main.tf", "2:16", "the results of this conditional must have types that convert to one type");
        ModelLoadException e = fails("main.tf", "module \"m\" {\n  source = \"./m\"\n  n = 0\n}\n",
                "m/main.tf", "variable \"n\" {}\nresource \"aws_vpc\" \"a\" {\n  cidr_block = element([], var.n)\n}\n");
        assertAt(e, "m/main.tf", "3:24", "element(): cannot use element function with an empty list");
        assertTrue(e.getMessage().endsWith("(evaluating module.m.aws_vpc.a.cidr_block)"), e.getMessage());
    }

    @Test
    void declarationMistakes() {
        assertAt(fails("a.tf", "resource \"aws_vpc\" \"a\" {}\n", "b.tf", "resource \"aws_vpc\" \"a\" {}\n"), "b.tf", "1:1",
                "aws_vpc.a is declared twice");
        assertAt(fails("main.tf", "resource \"aws_vpc\" {}\n"), "main.tf", "1:1", "a resource block has 2 labels");
        assertAt(fails("main.tf", "resourse \"aws_vpc\" \"a\" {}\n"), "main.tf", "1:1", "unknown block type resourse");
        assertAt(fails("main.tf", "module \"m\" {\n  source = \"./m\"\n  nope = 1\n}\n", "m/main.tf", "variable \"x\" {}\n"),
                "main.tf", "3:3", "module m (./m) has no variable nope; its variables: x");
    }

    @Test
    void notAConfiguration() throws Exception {
        Files.writeString(dir.resolve("readme.txt"), "hello");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> Configs.load(dir));
        assertTrue(e.getMessage().equals(dir + ": error: no .tf files in this directory"), e.getMessage());
        Files.write(dir.resolve("main.tf"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        e = assertThrows(ModelLoadException.class, () -> Configs.load(dir));
        assertTrue(e.getMessage().contains("main.tf: error: the file is not UTF-8 text"), e.getMessage());
    }

    @Test
    void badParamForATypedVariable() {
        Configs.write(dir, "main.tf", "variable \"n\" {\n  type = number\n}\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> Configs.load(dir, Map.of("n", "[1,")));
        assertTrue(e.getMessage().startsWith("--param n=[1,: error: not a value of type number"), e.getMessage());
    }

    @Test
    void valuesThatDoubleAtEachStepAreStopped() {
        StringBuilder lists = new StringBuilder("locals {\n  l0 = [1, 2]\n");
        StringBuilder strings = new StringBuilder("locals {\n  s0 = \"0123456789\"\n");
        for (int i = 1; i <= 40; i++) {
            lists.append("  l").append(i).append(" = [local.l").append(i - 1).append(", local.l").append(i - 1).append("]\n");
            strings.append("  s").append(i).append(" = \"${local.s").append(i - 1).append("}${local.s").append(i - 1)
                    .append("}\"\n");
        }
        String use = "}\nresource \"aws_vpc\" \"v\" {\n  cidr_block = length(local.X40)\n}\n";
        ModelLoadException e = fails("main.tf", lists + use.replace("X", "l"));
        assertTrue(e.getMessage().contains("error: this expression makes a value with more than 1000000 parts"),
                e.getMessage());
        e = fails("main.tf", strings + use.replace("X", "s"));
        assertTrue(e.getMessage().contains("error: this expression makes a string longer than 10000000 characters"),
                e.getMessage());
    }

    @Test
    void deepNestingIsAnErrorNotACrash() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        ModelLoadException e = fails("main.tf", "locals {\n  a = " + deep + "\n}\n");
        assertTrue(e.getMessage().contains("main.tf:"), e.getMessage());
    }
}
