package org.invar.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.invar.dsl.ast.Path;
import org.invar.dsl.ast.Position;
import org.invar.dsl.ast.Quantified;
import org.invar.dsl.ast.Quantifier;
import org.junit.jupiter.api.Test;

class QuantifierTest {

    @Test
    void countsAreNeverNegative() {
        assertThrows(IllegalArgumentException.class, () -> Quantifier.atLeast(-1));
        assertThrows(IllegalArgumentException.class, () -> Quantifier.atMost(-1));
        assertThrows(IllegalArgumentException.class, () -> Quantifier.exactly(Integer.MIN_VALUE));
        assertEquals(0, Quantifier.exactly(0).count());
    }

    @Test
    void onlyCountedQuantifiersTakeACount() {
        assertThrows(IllegalArgumentException.class, () -> new Quantifier(Quantifier.Kind.EVERY, 1));
        assertThrows(IllegalArgumentException.class, () -> new Quantifier(Quantifier.Kind.NO, 2));
        assertThrows(IllegalArgumentException.class, () -> new Quantifier(Quantifier.Kind.SOME, 1));
        assertEquals(Quantifier.EVERY, new Quantifier(Quantifier.Kind.EVERY, 0));
        assertTrue(Quantifier.Kind.AT_LEAST.counted());
        assertTrue(Quantifier.Kind.EXACTLY.counted());
        assertFalse(Quantifier.Kind.SOME.counted());
    }

    @Test
    void textIsHowARuleSpellsIt() {
        assertEquals("every", Quantifier.EVERY.text());
        assertEquals("no", Quantifier.NO.text());
        assertEquals("some", Quantifier.SOME.text());
        assertEquals("at least 2", Quantifier.atLeast(2).text());
        assertEquals("at most 0", Quantifier.atMost(0).text());
        assertEquals("exactly 2147483647", Quantifier.exactly(Integer.MAX_VALUE).text());
    }

    @Test
    void theParserReadsEachQuantifier() {
        String[] texts = {"every", "no", "some", "at least 3", "at most 1", "exactly 0"};
        Quantifier[] expected = {Quantifier.EVERY, Quantifier.NO, Quantifier.SOME, Quantifier.atLeast(3),
                Quantifier.atMost(1), Quantifier.exactly(0)};
        for (int i = 0; i < texts.length; i++) {
            Quantified q = RuleParser.parse("q.invar", texts[i] + " az").fileOrThrow().rules().get(0).assertion();
            assertEquals(expected[i], q.quantifier(), texts[i]);
        }
    }

    @Test
    void aQuantifiedNeedsItsQuantifierAndRange() {
        assertThrows(NullPointerException.class, () -> new Quantified(null, Path.of("a"), Optional.empty(),
                Optional.empty(), Optional.empty(), Position.NONE));
        assertThrows(NullPointerException.class, () -> new Quantified(Quantifier.EVERY, null, Optional.empty(),
                Optional.empty(), Optional.empty(), Position.NONE));
        assertThrows(IllegalArgumentException.class, () -> new Path(java.util.List.of()));
        assertThrows(IllegalArgumentException.class, () -> org.invar.dsl.ast.Identifier.of(""));
    }
}
