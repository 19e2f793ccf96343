package org.invar.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.invar.dsl.ast.Rule;
import org.junit.jupiter.api.Test;

class AstEqualityTest {
    private static Rule first(String text) {
        return RuleParser.parse("t.invar", text).fileOrThrow().rules().get(0);
    }

    @Test
    void theSameRuleWrittenElsewhereIsEqualAndHashesAlike() {
        Rule here = first("rule r { assert every az with alb_node has healthy_targets >= 1 and x in [1, 2] }");
        Rule there = first("\n\n   rule r {\n  assert   every az\n with alb_node\n has healthy_targets >= 1"
                + " and x in [1,2] }");
        assertNotEquals(here.position(), there.position());
        assertEquals(here, there);
        assertEquals(here.hashCode(), there.hashCode());
    }

    @Test
    void anythingSaidDifferentlyIsNotEqual() {
        Rule rule = first("rule r { assert every az has count(subnet) >= 1 }");
        assertNotEquals(rule, first("rule r { assert every az has count(subnet) > 1 }"));
        assertNotEquals(rule, first("rule r { assert every az has count(distinct subnet) >= 1 }"));
        assertNotEquals(rule, first("rule r { assert every az has sum(subnet) >= 1 }"));
        assertNotEquals(rule, first("rule s { assert every az has count(subnet) >= 1 }"));
        assertNotEquals(rule, first("rule r { severity high assert every az has count(subnet) >= 1 }"));
        assertNotEquals(rule, first("rule r { assert some az has count(subnet) >= 1 }"));
        assertNotEquals(rule, first("rule r { assert every az has count(subnet) >= 1.0 }"));
    }
}
