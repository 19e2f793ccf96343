package org.invar.terraform.hcl;

import static org.invar.terraform.hcl.Evaluate.error;
import static org.invar.terraform.hcl.Evaluate.show;
import static org.invar.terraform.hcl.Evaluate.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.invar.terraform.hcl.eval.EvalException;
import org.invar.terraform.hcl.value.Value;
import org.junit.jupiter.api.Test;

/** Each function: golden values as Terraform gives them, errors, and what an unknown argument makes. */
class HclFunctionsTest {

    @Test
    void length() {
        assertEquals("3", show("length(l)"));
        assertEquals("2", show("length(m)"));
        assertEquals("5", show("length(\"héllo\")"));
        assertEquals("2", show("length([u, v])")); // known length, unknown elements
        assertEquals("(unknown)", show("length(u)"));
        assertEquals("(unknown)", show("length(azs)")); // how many AZs a region has is not known
    }

    @Test
    void element() {
        assertEquals("\"q\"", show("element(l, 1)"));
        assertEquals("\"p\"", show("element(l, 3)")); // wraps around
        assertEquals("\"az-2\"", show("element(azs, 1)"));
        assertEquals("(unknown)", show("element(l, u)"));
        assertTrue(error("element([], 0)").contains("empty list"));
        assertTrue(error("element(l, -1)").contains("negative"));
    }

    @Test
    void slice() {
        assertEquals("[\"q\", \"r\"]", show("slice(l, 1, 3)"));
        assertEquals("[]", show("slice(l, 1, 1)"));
        assertEquals("[\"az-1\", \"az-2\"]", show("slice(azs, 0, 2)"));
        assertEquals("(unknown)", show("slice(l, 0, u)"));
        assertTrue(error("slice(l, 2, 4)").contains("past the end of a list of 3"));
        assertTrue(error("slice(l, 2, 1)").contains("at most the end index"));
    }

    @Test
    void concat() {
        assertEquals("[\"p\", \"q\", \"r\", 1]", show("concat(l, [1])"));
        assertEquals("[(unknown), \"p\"]", show("concat([u], slice(l, 0, 1))"));
        assertEquals("(unknown)", show("concat(l, u)"));
        assertTrue(error("concat(l, \"x\")").contains("all arguments must be lists or tuples; got a string"));
    }

    @Test
    void cidrsubnet() {
        assertEquals("\"10.0.1.0/24\"", show("cidrsubnet(\"10.0.0.0/16\", 8, 1)"));
        assertEquals("\"10.2.10.0/24\"", show("cidrsubnet(\"10.2.0.0/16\", 8, 10)"));
        assertEquals("\"172.16.4.0/22\"", show("cidrsubnet(\"172.16.0.0/12\", 10, 1)"));
        assertEquals("\"10.0.0.64/26\"", show("cidrsubnet(\"10.0.0.0/24\", 2, 1)"));
        assertEquals("\"fd00:fd12:3456:7800:a200::/72\"", show("cidrsubnet(\"fd00:fd12:3456:7890::/56\", 16, 162)"));
        assertEquals("(unknown)", show("cidrsubnet(u, 8, 1)"));
        assertTrue(error("cidrsubnet(\"10.0.0.0/30\", 8, 1)").contains("insufficient address space to extend prefix of 30 by 8"));
        assertTrue(error("cidrsubnet(\"10.0.0.0/16\", 2, 4)").contains("prefix extension of 2 does not accommodate a subnet numbered 4"));
        assertTrue(error("cidrsubnet(\"example.com/16\", 2, 1)").contains("invalid CIDR expression"));
    }

    @Test
    void format() {
        assertEquals("\"web-01\"", show("format(\"%s-%02d\", \"web\", 1)"));
        assertEquals("\"3.14 |a   | true \"q\"\"", show("format(\"%.2f |%-4s| %t %q\", 3.14159, \"a\", true, \"q\")"));
        assertEquals("\"100%\"", show("format(\"%d%%\", 100)"));
        assertEquals("\"[1,2]\"", show("format(\"%v\", [1, 2])"));
        assertEquals("(unknown)", show("format(\"%s\", u)"));
        assertTrue(error("format(\"%s %s\", \"a\")").contains("not enough arguments for \"%s\" at 3"));
        assertTrue(error("format(\"%d\", 1.5)").contains("an integer is required"));
    }

    @Test
    void lookup() {
        assertEquals("\"x\"", show("lookup(m, \"a\")"));
        assertEquals("\"z\"", show("lookup(m, \"c\", \"z\")"));
        assertEquals("(unknown)", show("lookup(m, u, \"z\")"));
        assertTrue(error("lookup(m, \"c\")").contains("lookup failed to find key \"c\""));
    }

    @Test
    void merge() {
        assertEquals("{a = \"x\", b = 2, c = 3}", show("merge(m, {b = 2}, null, {c = 3})"));
        assertEquals("(unknown)", show("merge(m, u)"));
        assertEquals("{a = (unknown), b = \"y\"}", show("merge(m, {a = u})"));
    }

    @Test
    void tolistAndToset() {
        assertEquals("[\"b\", \"a\", \"b\"]", show("tolist([\"b\", \"a\", \"b\"])"));
        assertEquals("[\"a\", \"b\"]", show("toset([\"b\", \"a\", \"b\"])"));
        assertTrue(((Value.Tuple) value("toset([\"b\"])")).set());
        assertEquals("(unknown)", show("toset([\"a\", u])")); // which elements are distinct is not known
        assertEquals("(unknown)", show("tolist(u)"));
    }

    @Test
    void tryAndCoalesce() {
        assertEquals("\"x\"", show("try(m.a, \"d\")"));
        assertEquals("\"d\"", show("try(m.nope, \"d\")"));
        assertEquals("\"d\"", show("try(l[7], \"d\")"));
        assertEquals("(unknown)", show("try(u, \"d\")"));
        assertTrue(error("try(m.nope, l[9])").contains("no argument could be evaluated"));
        assertTrue(error("try(nope.x, 1)").contains("unknown name 'nope'")); // not a value error: not tried past
        assertEquals("\"b\"", show("coalesce(null, \"\", \"b\", \"c\")"));
        assertEquals("(unknown)", show("coalesce(null, u, \"b\")"));
        assertEquals("\"b\"", show("coalesce(\"b\", u)"));
        assertTrue(error("coalesce(null, \"\")").contains("no non-null, non-empty-string arguments"));
    }

    @Test
    void jsonencode() {
        assertEquals("\"{\"a\":[1,true,null],\"b\":\"\\u003cx\\u003e\"}\"",
                show("jsonencode({b = \"<x>\", a = [1, true, null]})"));
        assertEquals("(unknown)", show("jsonencode({a = [u]})"));
    }

    @Test
    void minAndMax() {
        assertEquals("1", show("min(3, 1, 2)"));
        assertEquals("3.5", show("max(3, 1, 3.5)"));
        assertEquals("3", show("max([1, 3, 2]...)"));
        assertEquals("(unknown)", show("max(1, u)"));
        assertTrue(error("min(\"a\")").contains("must be a number"));
    }

    @Test
    void unknownKeepsItsSources() {
        Value.Unknown u = assertInstanceOf(Value.Unknown.class, value("format(\"%s,%s\", u, v)"));
        assertEquals(Set.of("aws_subnet.a[0]", "aws_subnet.a[1]"), u.sources());
        assertEquals("u is not known", u.reason());
    }

    @Test
    void arityAndUnknownFunctions() {
        assertEquals("element() takes 2 arguments: element(list, index); given 3", error("element(l, 1, 2)"));
        assertEquals("cidrsubnet() takes 3 arguments: cidrsubnet(prefix, newbits, netnum); given 1",
                error("cidrsubnet(\"10.0.0.0/16\")"));
        assertTrue(error("lookup(m)").contains("takes 2 to 3 arguments"));
        assertTrue(error("min()").contains("must provide at least one number"));
        assertTrue(error("lenght(l)").equals("unknown function lenght() (did you mean length?); Terraform 1.11 has no function of this name"),
                error("lenght(l)"));
    }

    @Test
    void everyTerraformFunctionIsEvaluated() {
        Set<String> missing = new java.util.TreeSet<>(org.invar.terraform.hcl.function.TerraformFunctionNames.ALL);
        missing.removeAll(org.invar.terraform.hcl.function.Functions.standard().names());
        assertEquals(Set.of("type"), missing, "type() is only for terraform console; every other function is evaluated");
        Value.Unknown u = assertInstanceOf(Value.Unknown.class, value("base64gzip(u)"));
        assertEquals(Set.of("aws_subnet.a[0]"), u.sources());
    }

    @Test
    void compactOfAnUnknownKeepsWhichElementsUnknown() {
        Value.Unknown u = assertInstanceOf(Value.Unknown.class, value("compact([u, \"\"])"));
        assertEquals("which elements compact() keeps is not known: u is not known", u.reason());
        assertEquals(Set.of("aws_subnet.a[0]"), u.sources());
        assertEquals("[\"p\", \"q\"]", show("compact([\"p\", \"\", null, \"q\"])"));
    }

    /** What only apply makes (a time, a random id or salt) is unknown, and says so. */
    @Test
    void impureFunctionsAreKnownAfterApply() {
        for (String f : List.of("timestamp()", "plantimestamp()", "uuid()", "bcrypt(\"x\")", "bcrypt(\"x\", 10)")) {
            Value.Unknown u = assertInstanceOf(Value.Unknown.class, value(f), f);
            assertTrue(u.reason().contains("known after apply") || u.reason().contains("the time Terraform makes the plan"),
                    u.reason());
        }
        assertTrue(error("bcrypt(\"x\", 3)").contains("cost 3 is outside allowed range (4,31)"));
    }

    /** A wrong argument is an error at the argument, saying which and what the function takes. */
    @Test
    void wrongArgumentsSayWhichAndWhatIsExpected() {
        EvalException e = assertThrows(EvalException.class, () -> value("upper(\"a\", 1) == upper([1])"));
        assertEquals("upper() takes 1 argument: upper(str); given 2", e.getMessage());
        e = assertThrows(EvalException.class, () -> value("lower([1])"));
        assertEquals("lower(str): argument 1 (str) must be a string, not a list of 1", e.getMessage());
        assertEquals("test.tf:1:15", e.pos().toString());
        e = assertThrows(EvalException.class, () -> value("join(\",\", [\"a\"], [[1]])"));
        assertEquals("join(separator, lists...): argument 3 (lists) must be a list of string; at [0]: string required",
                e.getMessage());
        assertEquals("test.tf:1:26", e.pos().toString());
        e = assertThrows(EvalException.class, () -> value("cidrsubnet(\"10.0.0.0/16\", \"eight\", 1)"));
        assertEquals("cidrsubnet(prefix, newbits, netnum): argument 2 (newbits) must be a number, not a string"
                + " (a number is required)", e.getMessage());
        e = assertThrows(EvalException.class, () -> value("upper(null)"));
        assertEquals("upper(str): argument 1 (str) must not be null", e.getMessage());
        e = assertThrows(EvalException.class, () -> value("regex(\"(\", \"a\")"));
        assertTrue(e.getMessage().startsWith("regex(): invalid regular expression"), e.getMessage());
        assertEquals("test.tf:1:15", e.pos().toString());
    }

    @Test
    void functionsTheCorpusUses() {
        assertEquals("1", show("length(regexall(\"^postgres\", \"postgres\"))"));
        assertEquals("[\"a\", \"b\"]", show("flatten([[\"a\"], [\"b\"]])"));
        assertEquals("[\"a\", \"b\"]", show("keys({a = 1, b = 2})"));
        assertEquals("[\"us-east-1a\", \"b\"]", show("split(\",\", \"us-east-1a,b\")"));
        assertEquals("true", show("contains(l, \"q\")"));
        assertEquals("\"file.txt\"", show("basename(\"a/b/file.txt\")"));
        assertEquals("{a = 1}", show("jsondecode(\"{\\\"a\\\": 1}\")"));
        assertEquals("[\"10.0.0.0/24\", \"10.0.1.0/24\"]", show("cidrsubnets(\"10.0.0.0/16\", 8, 8)"));
        assertEquals("(unknown)", show("contains([u], \"q\")"));
        assertEquals("true", show("contains([u, \"q\"], \"q\")"));
    }
}
