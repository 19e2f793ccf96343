package org.invar.terraform.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.invar.terraform.hcl.eval.EvalException;
import org.invar.terraform.hcl.eval.Evaluator;
import org.invar.terraform.hcl.eval.TypeExpressions;
import org.invar.terraform.hcl.function.Functions;
import org.invar.terraform.hcl.syntax.HclSyntax;
import org.invar.terraform.hcl.value.Convert;
import org.invar.terraform.hcl.value.Type;
import org.invar.terraform.hcl.value.Value;
import org.junit.jupiter.api.Test;

/**
 * Values converted to variables' type constraints as Terraform 1.11 converts them (each expected
 * value is what {@code terraform console} shows for a variable of that type with that default).
 */
class HclTypeConstraintsTest {

    private static Type type(String text) {
        return TypeExpressions.constraint(HclSyntax.expression("variables.tf", text), new Evaluator(Functions.standard()));
    }

    private static String convert(String type, String value) {
        return Evaluate.showValue(Convert.value(Evaluate.value(value), type(type)));
    }

    private static String failure(String type, String value) {
        return assertThrows(Convert.Failure.class, () -> Convert.value(Evaluate.value(value), type(type))).getMessage();
    }

    @Test
    void optionalAttributesTakeTheirDefaultsInMapsListsAndNestedObjects() {
        String t = """
                map(object({
                  name  = optional(string)
                  port  = optional(number, 80)
                  tags  = optional(map(string), {})
                  rules = optional(list(object({
                    action = optional(string, "allow")
                    cidr   = string
                  })), [])
                  nested = optional(object({ x = optional(bool, true) }), {})
                }))""";
        assertEquals("{api = {name = null, nested = {x = true}, port = 80, rules = [], tags = {b = \"true\", n = \"1\"}},"
                        + " web = {name = null, nested = {x = true}, port = 8080, rules = [{action = \"allow\","
                        + " cidr = \"0.0.0.0/0\"}], tags = {}}}",
                convert(t, """
                        {
                          web = { port = "8080", extra = 1, rules = [{ cidr = "0.0.0.0/0" }] }
                          api = { name = null, tags = { n = 1, b = true }, nested = null }
                        }"""));
    }

    @Test
    void elementsOfAnyUnifyToOneType() {
        assertEquals("[\"1\", \"a\", \"true\"]", convert("list(any)", "[1, \"a\", true]"));
        assertEquals("{a = {x = \"1\"}, b = {y = \"s\"}}", convert("map(any)", "{ a = { x = 1 }, b = { y = \"s\" } }"));
        assertEquals("[{a = \"1\"}, {b = \"x\"}]", convert("list(map(any))", "[{a = 1}, {b = \"x\"}]"));
        assertEquals("[1, \"a\"]", convert("any", "[1, \"a\"]"));
        assertEquals("all list elements must have the same type", failure("list(any)", "[1, [2]]"));
    }

    @Test
    void setsDropRepeatsAndSortTheirStrings() {
        assertEquals("[\"3\", \"a\", \"b\"]", convert("set(string)", "[\"b\", \"a\", \"b\", 3]"));
        assertEquals("[1, 2, 10]", convert("set(number)", "[10, 2, 1, \"2\"]"));
    }

    @Test
    void primitivesConvertAsTerraformDoes() {
        assertEquals("\"1.5\"", convert("string", "1.50"));
        assertEquals("8080", convert("number", "\"8080\""));
        assertEquals("true", convert("bool", "\"true\""));
        assertEquals("a number is required", failure("number", "\"80a\""));
        assertEquals("a bool is required; to convert from string, use lowercase \"true\"", failure("bool", "\"True\""));
        assertEquals("string required", failure("string", "[1]"));
        assertEquals("null", convert("list(string)", "null"));
    }

    @Test
    void missingAttributesAndWrongShapesSayWhere() {
        assertEquals("attribute \"cidr\" is required", failure("object({ cidr = string })", "{}"));
        assertEquals("attributes \"a\" and \"b\" are required", failure("object({ a = string, b = string })", "{}"));
        assertEquals("[\"x\"].port: a number is required",
                failure("map(object({ port = number }))", "{ x = { port = \"http\" } }"));
        assertEquals("[1]: string required", failure("list(string)", "[\"a\", {}]"));
        assertEquals("tuple required (of 2 elements, not 1)", failure("tuple([string, number])", "[\"a\"]"));
    }

    @Test
    void unknownsStayUnknownWhereTheyAre() {
        Value v = Convert.value(Evaluate.value("{ a = u }"), type("object({ a = string, b = optional(string, \"x\") })"));
        Value.Obj o = assertInstanceOf(Value.Obj.class, v);
        assertInstanceOf(Value.Unknown.class, o.attributes().get("a"));
        assertEquals(new Value.Str("x"), o.attributes().get("b"));
        assertInstanceOf(Value.Unknown.class, Convert.value(Evaluate.value("u"), type("list(string)")));
    }

    @Test
    void typeExpressionsThatAreWrongSayWhatATypeIs() {
        assertEquals(new Type.ListOf(Type.ANY), type("list"));
        assertTrue(typeError("list(string, number)").contains("list() takes one argument"));
        assertTrue(typeError("\"string\"").contains("write the type without quotes"));
        assertTrue(typeError("strin").contains("'strin' is not a type; a type is string, number"));
        assertTrue(typeError("object({ a = optional(number, \"x\") })").contains("this default does not fit"));
        assertTrue(typeError("optional(string)").contains("only for an attribute of an object type"));
        assertTrue(typeError("object({ a = string, a = number })").contains("declared twice"));
        assertEquals("variables.tf:1:34", assertThrows(EvalException.class,
                () -> type("object({ a = string, b = lst(string) })")).pos().toString()); // after "value = "
    }

    private static String typeError(String text) {
        return assertThrows(EvalException.class, () -> type(text)).getMessage();
    }
}
