package org.invar.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile or generated text is refused with a diagnostic, never a StackOverflowError or an
 * endless parse. The tests run on JUnit's own thread, with the JVM's usual stack.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class LimitsTest {
    private static final int MAX = RuleParser.MAX_DEPTH;

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeLexing() {
        String text = "#" + "x".repeat(RuleParser.MAX_CHARS);
        ParseResult result = parse(text);
        assertFalse(result.ok());
        assertTrue(result.file().isEmpty());
        assertEquals(1, result.diagnostics().size());
        Diagnostic d = result.diagnostics().get(0);
        assertEquals("too-large", d.code());
        assertEquals(0, d.line(), "the whole file is at fault, not a line");
        assertTrue(d.message().contains(String.valueOf(RuleParser.MAX_CHARS)), d.message());
        assertTrue(d.message().contains(String.valueOf(text.length())), d.message());
    }

    @Test
    void aFileOfExactlyTheLimitIsRead() {
        String rule = "every az has x\n";
        String text = rule + "#" + "x".repeat(RuleParser.MAX_CHARS - rule.length() - 1);
        assertEquals(RuleParser.MAX_CHARS, text.length());
        ParseResult result = parse(text);
        assertEquals("", result.report());
        assertEquals(1, result.fileOrThrow().rules().size());
    }

    @Test
    void parenthesesUpToTheLimitAreFineOneMoreIsNot() {
        assertTrue(parse("every az has " + "(".repeat(MAX) + "x" + ")".repeat(MAX)).ok());
        ParseResult deep = parse("every az has " + "(".repeat(MAX + 1) + "x" + ")".repeat(MAX + 1));
        Diagnostic d = only(deep, "too-deep");
        assertEquals(1, d.line());
        assertEquals("every az has ".length() + MAX + 1, d.column(), "at the bracket that goes too deep");
    }

    @Test
    void nestedListsCountAsLevels() {
        ParseResult deep = parse("param p = " + "[".repeat(MAX + 1) + "]".repeat(MAX + 1));
        only(deep, "too-deep");
        assertTrue(parse("param p = " + "[".repeat(MAX) + "]".repeat(MAX)).ok());
    }

    @Test
    void thousandsOfNestedQuantifiersAreRefusedQuickly() {
        long start = System.nanoTime();
        ParseResult result = parse("every a has ".repeat(5000) + "x");
        Diagnostic d = only(result, "too-deep");
        assertEquals(1, d.line());
        assertEquals("every a has ".length() * MAX + 1, d.column(), "at the quantifier past the limit");
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "refused before parsing");
        assertTrue(parse("every a with ".repeat(5000) + "x").diagnostics().stream()
                .anyMatch(x -> x.code().equals("too-deep")));
    }

    @Test
    void nestedQuantifiersUpToTheLimit() {
        // The rule's own quantifier and the innermost claim are levels too.
        assertTrue(parse("every a has ".repeat(MAX - 1) + "x").ok());
        ParseResult over = parse("every a has ".repeat(MAX) + "x");
        only(over, "too-deep");
    }

    @Test
    void aLongChainOfAndsIsRefused() {
        ParseResult result = parse("every k has " + "a and ".repeat(100_000) + "b");
        Diagnostic d = only(result, "too-deep");
        assertEquals(1, d.line());
        assertTrue(parse("every k has " + "a or ".repeat(100_000) + "b").diagnostics().stream()
                .anyMatch(x -> x.code().equals("too-deep")));
    }

    @Test
    void aChainJustUnderTheLimitIsFine() {
        // 98 'and's make 99 levels under the rule's quantifier: 100 in all.
        assertTrue(parse("every k has " + "a and ".repeat(MAX - 2) + "b").ok());
        only(parse("every k has " + "a and ".repeat(MAX - 1) + "b"), "too-deep");
        // Separate declarations do not add up, however many there are.
        assertTrue(parse("every k has a and b\n".repeat(2 * MAX)).ok());
        // Nor do quantifiers side by side in parentheses.
        assertTrue(parse("every k has " + "(some t has x) and ".repeat(MAX / 2) + "x").ok());
    }

    @Test
    void aLongArithmeticChainIsRefusedWithoutAStackOverflow() {
        ParseResult result = parse("every k has " + "x + ".repeat(100_000) + "x");
        assertEquals(1, only(result, "too-deep").line(), "refused on the tokens, where the chain passes the limit");
        only(parse("every k has " + "x * ".repeat(100_000) + "x"), "too-deep");
        only(parse("every k has " + "x == ".repeat(100_000) + "x"), "too-deep");
    }

    @Test
    void chainsThatLooserOperatorsSplitAreNotCountedAsOne() {
        // Each of these has more than MAX operators of one kind, but no chain deeper than about MAX / 2:
        // the check on the tokens must not refuse what the check on the AST accepts.
        int half = MAX / 2 + 10;
        String sums = "a + ".repeat(half) + "a";
        for (String claim : new String[] {
                sums + " == " + sums,
                sums + " == not " + sums,
                "a == ".repeat(half) + "not " + "a == ".repeat(half) + "a",
                "a and ".repeat(half) + "b or " + "a and ".repeat(half) + "b",
                "x - -1".repeat(1) + " - -1".repeat(MAX - 5),
                "a * ".repeat(half) + "a + " + "a * ".repeat(half) + "a",
                "(" + sums + ") + (" + sums + ")",
                sums + " + count(a where " + sums + ")"}) {
            ParseResult result = parse("every k has " + claim);
            assertEquals("", result.report(), claim);
        }
    }

    @Test
    void longChainsOfNotAreRefused() {
        only(parse("every k has " + "not ".repeat(50_000) + "x"), "too-deep");
        assertTrue(parse("every k has " + "not ".repeat(MAX - 2) + "x").ok());
    }

    private static ParseResult parse(String text) {
        try {
            return RuleParser.parse("limits.invar", text);
        } catch (StackOverflowError e) {
            throw new AssertionError("a StackOverflowError escaped the parser", e);
        }
    }

    /** The result has errors, the first of them has {@code code}, and it is not ok. */
    private static Diagnostic only(ParseResult result, String code) {
        assertFalse(result.ok());
        assertTrue(result.file().isEmpty());
        Diagnostic d = result.diagnostics().get(0);
        assertEquals(code, d.code(), result.report());
        assertTrue(d.message().contains("split it into several rules"), d.message());
        return d;
    }
}
