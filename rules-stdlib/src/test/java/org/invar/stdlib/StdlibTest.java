package org.invar.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.invar.RuleSet;
import org.invar.check.CheckedRule;
import org.invar.dsl.ast.Rule;
import org.invar.model.Value;
import org.junit.jupiter.api.Test;

class StdlibTest {

    @Test
    void everyPackCompilesAndEveryRuleIsDocumented() {
        RuleSet rules = Stdlib.rules();
        assertTrue(rules.size() >= 30, "the standard library has " + rules.size() + " rules");
        Set<String> ids = new HashSet<>();
        for (CheckedRule checked : rules.rules()) {
            Rule r = checked.rule();
            assertFalse(r.bare(), r.id() + " is a bare invariant: standard rules have ids");
            assertTrue(ids.add(r.id()), "duplicate id " + r.id());
            assertTrue(r.severity().isPresent(), r.id() + " has no severity");
            assertTrue(r.title().isPresent(), r.id() + " has no title");
            assertTrue(r.message().isPresent() && !checked.message().isEmpty(), r.id() + " has no message");
            assertTrue(r.docs().filter(d -> d.startsWith("https://docs.aws.amazon.com/")).isPresent(),
                    r.id() + " has no AWS docs link");
            assertFalse(r.tags().isEmpty(), r.id() + " has no tags");
        }
    }

    @Test
    void paramsCanBeOverridden() {
        assertEquals(Value.of(3L), Stdlib.rules().params().get("min_azs"));
        assertEquals(Value.of(2L), Stdlib.rules(Map.of("min_azs", "2")).params().get("min_azs"));
    }

    @Test
    void packsAreOnTheClassPathForImports() {
        assertEquals(Stdlib.PACKS.size(), Stdlib.sources().size());
        assertTrue(Stdlib.sources().get(0).text().contains("rule alb-node-has-healthy-target"));
    }
}
