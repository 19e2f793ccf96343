package org.invar.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

    @Test
    void theCaretKeepsTheTabsOfTheLineSoItLinesUpInATerminal() {
        String text = "# tabs\n\tevery az has\t>= 1\n";
        ParseResult result = RuleParser.parse("tabs.invar", text);
        Diagnostic d = result.diagnostics().get(0);
        assertEquals(2, d.line());
        assertEquals(15, d.column(), "a tab counts as one column");
        assertEquals("""
                tabs.invar:2:15: error: expected an attribute or a condition after 'has' but found '>='
                  \tevery az has\t>= 1
                  \t            \t^""", d.format());
    }

    @Test
    void theCaretStandsUnderTheColumn() {
        Diagnostic d = Diagnostic.error("syntax", new Source("f.invar", "ab\nxyz w\n"), 2, 5, "here");
        assertEquals("f.invar:2:5: error: here\n  xyz w\n      ^", d.format());
        assertEquals("f.invar:2:5: error: here", d.headline());
        assertEquals(d.headline(), d.toString());
        assertEquals("xyz w", d.sourceLine());
        assertTrue(d.isError());
    }

    @Test
    void aCaretPastTheEndOfTheLineStopsJustAfterIt() {
        Diagnostic d = Diagnostic.error("syntax", new Source("f.invar", "ab"), 1, 40, "at the end");
        assertEquals("f.invar:1:40: error: at the end\n  ab\n    ^", d.format());
    }

    @Test
    void withoutAPlaceOnlyTheHeadlineIsPrinted() {
        Diagnostic whole = new Diagnostic(Diagnostic.Level.ERROR, "too-large", "big.invar", 0, 0, "too big", "");
        assertEquals("big.invar: error: too big", whole.format());
        Diagnostic pastTheEnd = Diagnostic.error("syntax", new Source("f.invar", "one line"), 7, 1, "gone");
        assertEquals("", pastTheEnd.sourceLine());
        assertEquals("f.invar:7:1: error: gone", pastTheEnd.format());
        Diagnostic warning = new Diagnostic(Diagnostic.Level.WARNING, "unused", "w.invar", 3, 2, "unused binding", "x");
        assertFalse(warning.isError());
        assertEquals("w.invar:3:2: warning: unused binding\n  x\n   ^", warning.format());
    }

    @Test
    void diagnosticsSortByFileLineColumnAndMessage() {
        Source a = new Source("a.invar", "x\ny\n");
        Diagnostic a21 = Diagnostic.error("syntax", a, 2, 1, "m");
        Diagnostic a13 = Diagnostic.error("syntax", a, 1, 3, "m");
        Diagnostic a11b = Diagnostic.error("syntax", a, 1, 1, "b");
        Diagnostic a11a = Diagnostic.error("syntax", a, 1, 1, "a");
        Diagnostic b11 = Diagnostic.error("syntax", new Source("b.invar", "x"), 1, 1, "a");
        List<Diagnostic> shuffled = new ArrayList<>(List.of(b11, a21, a11b, a13, a11a));
        Collections.shuffle(shuffled, new java.util.Random(1));
        Collections.sort(shuffled);
        assertEquals(List.of(a11a, a11b, a13, a21, b11), shuffled);
        ParseResult result = new ParseResult(a, Optional.empty(), List.of(a21, a11a));
        assertEquals(List.of(a11a, a21), result.diagnostics(), "a parse result keeps them sorted");
    }

    @Test
    void aDiagnosticNeedsItsParts() {
        assertThrows(NullPointerException.class,
                () -> new Diagnostic(Diagnostic.Level.ERROR, "c", "f", 1, 1, null, ""));
        assertThrows(NullPointerException.class,
                () -> new Diagnostic(null, "c", "f", 1, 1, "m", ""));
    }

    @Test
    void aResultWithoutAFileHasAnError() {
        Source source = new Source("f.invar", "");
        assertThrows(IllegalArgumentException.class, () -> new ParseResult(source, Optional.empty(), List.of()));
        Diagnostic warning = new Diagnostic(Diagnostic.Level.WARNING, "w", "f.invar", 0, 0, "only a warning", "");
        assertThrows(IllegalArgumentException.class,
                () -> new ParseResult(source, Optional.empty(), List.of(warning)));
    }

    @Test
    void fileOrThrowCarriesEveryDiagnostic() {
        ParseResult result = RuleParser.parse("two.invar", "every az has\n\nrule r { severity x assert every a }\n"
                + "\nparam = 1\n");
        assertFalse(result.ok());
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class, result::fileOrThrow);
        assertEquals(result.diagnostics(), e.diagnostics());
        assertEquals(result.report(), e.getMessage());
        assertTrue(e.diagnostics().size() >= 2, e.getMessage());
    }
}
