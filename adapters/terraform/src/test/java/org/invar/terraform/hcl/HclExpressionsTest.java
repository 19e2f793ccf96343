package org.invar.terraform.hcl;

import static org.invar.terraform.hcl.Evaluate.error;
import static org.invar.terraform.hcl.Evaluate.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Expressions of HCL's native syntax: precedence, templates, heredocs, for expressions, splats, unknowns. */
class HclExpressionsTest {

    @Test
    void operatorPrecedence() {
        assertEquals("7", show("1 + 2 * 3"));
        assertEquals("9", show("(1 + 2) * 3"));
        assertEquals("1", show("10 - 4 - 5")); // left to right
        assertEquals("true", show("1 + 1 == 2 && !false"));
        assertEquals("true", show("false && true || true"));
        assertEquals("\"b\"", show("1 > 2 ? \"a\" : 2 >= 2 ? \"b\" : \"c\""));
        assertEquals("-2", show("-1 - 1"));
        assertEquals("2.5", show("5 / 2"));
        assertEquals("1", show("7 % 3"));
    }

    @Test
    void templates() {
        assertEquals("\"a-1-true\"", show("\"a-${1}-${true}\""));
        assertEquals("\"x\"", show("\"${m.a}\""));
        assertEquals("[\"p\", \"q\", \"r\"]", show("\"${l}\"")); // a lone interpolation keeps its type
        assertEquals("\"${x} 100%{\"", show("\"$${x} 100%%{\""));
        assertEquals("\"tab\there\"", show("\"tab\\there\""));
        assertEquals("(unknown)", show("\"id-${u}\""));
        assertTrue(error("\"${l}-x\"").contains("cannot put a list of 3 into a string template"));
    }

    @Test
    void heredocs() {
        assertEquals("\"line ${x} p\nnext\n\"", show("<<EOT\nline $${x} ${l[0]}\nnext\nEOT\n"));
        assertEquals("\"a\n  b\n\"", show("<<-EOT\n    a\n      b\n    EOT\n"));
    }

    @Test
    void templateDirectives() {
        assertEquals("\"yes\"", show("\"%{ if length(l) == 3 }yes%{ else }no%{ endif }\""));
        assertEquals("\"\"", show("\"%{ if false }yes%{ endif }\""));
        assertEquals("\"p,q,r,\"", show("\"%{ for s in l }${s},%{ endfor }\""));
        assertEquals("\"a=x;b=y;\"", show("\"%{for k, v in m}${k}=${v};%{endfor}\""));
        assertEquals("\"- p\n- q\n- r\n\"", show("<<EOT\n%{ for s in l ~}\n- ${s}\n%{ endfor ~}\nEOT\n"));
        assertEquals("\"axb\"", show("\"a ${~ \"x\" ~} b\""));
        assertEquals("\"ab\"", show("\"a   %{~ if true ~}   b  %{~ endif ~}\""));
        assertEquals("(unknown)", show("\"%{ if u }yes%{ endif }\""));
        assertEquals("(unknown)", show("\"%{ for s in azs }${s}%{ endfor }\""));
        assertTrue(error("\"%{ if 1 }x%{ endif }\"").contains("the condition of %{ if } is a bool, not a number"));
    }

    @Test
    void forExpressions() {
        assertEquals("[\"P\", \"R\"]", show("[for s in l : s == \"p\" ? \"P\" : \"R\" if s != \"q\"]"));
        assertEquals("{p = 0, q = 1}", show("{for i, s in slice(l, 0, 2) : s => i}"));
        assertEquals("{x = [\"a\", \"b\"]}", show("{for k, v in m : \"x\" => k...}"));
        assertEquals("(unknown)", show("[for s in u : s]"));
        assertEquals("(unknown)", show("[for s in l : s if s == u]"));
        assertEquals("(unknown)", show("[for a in azs : a]"));
        assertTrue(error("{for s in [\"a\", \"a\"] : s => 1}").contains("two elements have the key \"a\""));
    }

    @Test
    void splatsAndIndexes() {
        assertEquals("[\"x\", \"x\"]", show("[m, m][*].a"));
        assertEquals("[\"x\"]", show("m[*].a")); // a splat of one value is a list of it
        assertEquals("[]", show("null[*].a"));
        assertEquals("\"az-3\"", show("azs[2]"));
        assertEquals("\"y\"", show("m[\"b\"]"));
        assertEquals("(unknown)", show("l[u]"));
        assertTrue(error("l[3]").contains("index 3 is out of range: the list has 3 element(s)"));
        assertTrue(error("m.c").contains("this map has no attribute 'c'"));
        assertTrue(error("l.a").contains("use [*].a"));
    }

    @Test
    void unknownsSpread() {
        assertEquals("(unknown)", show("u + 1"));
        assertEquals("false", show("false && u")); // a known false decides
        assertEquals("true", show("u || true"));
        assertEquals("(unknown)", show("u ? 1 : 2"));
        assertEquals("(unknown)", show("u == \"a\""));
        assertEquals("[(unknown), \"p\"]", show("[u, l[0]]"));
    }
}
