package org.invar.terraform.hcl;

import static org.invar.terraform.hcl.Evaluate.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.invar.terraform.hcl.syntax.Body;
import org.invar.terraform.hcl.syntax.Expr;
import org.invar.terraform.hcl.syntax.HclFile;
import org.invar.terraform.hcl.syntax.HclSyntax;
import org.junit.jupiter.api.Test;

/**
 * The syntax tree of forms real configurations use: calls and for expressions over several
 * lines, trailing commas, the legacy splat {@code .*}, template keys, one-line blocks, and
 * positions of every node.
 */
class HclSyntaxTest {

    @Test
    void formsOfRealConfigurations() {
        HclFile f = HclSyntax.parse("main.tf", """
                locals {
                  longest = max(
                    length(var.a),
                    length(var.b),
                  )
                  ids   = aws_vpc.this.*.id
                  tags  = { "${var.region}a" = { PerAZ = "a" } }
                  name  = var.single ? "${var.name}-x" : format(
                    "%s-%s",
                    var.name,
                    element(var.azs, 0),
                  )
                  cfgs = [
                    for v in var.subnets :
                    {
                      ipv4 = v.cidr
                      id   = v.id
                    }
                  ]
                }
                resource "aws_route" "r" { route_table_id = "rtb-1" }
                """);
        Body locals = f.body().blocks("locals").get(0).body();
        assertEquals(List.of("longest", "ids", "tags", "name", "cfgs"),
                locals.attributes().stream().map(Body.Attribute::name).toList());
        Expr.Call max = assertInstanceOf(Expr.Call.class, locals.attribute("longest").orElseThrow().value());
        assertEquals(2, max.args().size());
        Expr.Splat ids = assertInstanceOf(Expr.Splat.class, locals.attribute("ids").orElseThrow().value());
        assertInstanceOf(Expr.GetAttr.class, ids.each());
        assertInstanceOf(Expr.Conditional.class, locals.attribute("name").orElseThrow().value());
        Expr.For cfgs = assertInstanceOf(Expr.For.class, locals.attribute("cfgs").orElseThrow().value());
        assertInstanceOf(Expr.ObjectCons.class, cfgs.value());
        Body.Block route = f.body().blocks("resource").get(0);
        assertEquals(List.of("aws_route", "r"), route.labels());
        assertEquals(21, route.pos().line());
        assertEquals("main.tf:8:11", locals.attribute("name").orElseThrow().value().pos().toString());
    }

    @Test
    void valuesOfThoseForms() {
        assertEquals("[\"x\", \"x\"]", show("[m, m].*.a"));
        assertEquals("3", show("max(\n  length(l),\n  1,\n)"));
        assertEquals("{pa = {k = 1}}", show("{ \"${l[0]}a\" = { k = 1 } }"));
        assertEquals("[{v = \"p\"}]", show("[\n  for s in slice(l, 0, 1) :\n  {\n    v = s\n  }\n]"));
    }

    /** HCL reads a for expression with newlines as white space, in braces as in brackets. */
    @Test
    void newlinesInsideObjectForExpressions() {
        assertEquals("{y = 20}", show("""
                {
                  for k, v in { x = 1, y = 2 } : k =>
                  v * 10
                  if v > 1
                }"""));
        assertEquals("{x = {m = 2, n = 1}, y = {m = 3, n = 2}}", show("""
                {
                  # a comment before the for
                  for k, v in { x = 1, y = 2 } :
                  k => {
                    n = v
                    m = v + 1
                  }
                }"""));
        assertEquals("{a = [1, 2]}", show("""
                { for v in [1, 2] :
                  "a" => v...
                }"""));
    }

    /** Everywhere else in braces a newline still ends an item, as in HCL; blocks and attributes named for are no for expression. */
    @Test
    void newlinesOutsideForExpressionsStillSeparate() {
        HclFile f = HclSyntax.parse("main.tf", """
                locals {
                  for = { a = 1
                    b = 2 }
                }
                for "x" {
                  for = 1
                }
                """);
        assertEquals(List.of("for"), f.body().blocks("locals").get(0).body().attributes().stream()
                .map(Body.Attribute::name).toList());
        assertEquals("main.tf:2:3", f.body().blocks("locals").get(0).body().attributes().get(0).pos().toString());
        org.invar.spi.ModelLoadException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.invar.spi.ModelLoadException.class, () -> HclSyntax.parse("main.tf", "locals {\n  x = { a = 1 +\n 2 }\n}\n"));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("main.tf:2:16: error: unexpected end of line"),
                e.getMessage());
    }
}
