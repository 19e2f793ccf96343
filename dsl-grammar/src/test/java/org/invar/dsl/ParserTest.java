package org.invar.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.invar.dsl.ast.Aggregate;
import org.invar.dsl.ast.Comparison;
import org.invar.dsl.ast.Expr;
import org.invar.dsl.ast.Literal;
import org.invar.dsl.ast.Path;
import org.invar.dsl.ast.Position;
import org.invar.dsl.ast.PresenceTest;
import org.invar.dsl.ast.Quantified;
import org.invar.dsl.ast.Rule;
import org.invar.dsl.ast.SourceFile;
import org.junit.jupiter.api.Test;

/** Text that is fine, including the corners: what the golden files are to errors, this is to success. */
class ParserTest {
    private static final Position NONE = Position.NONE;

    @Test
    void aFileOfOnlyCommentsAndBlanksIsEmptyAndFine() {
        for (String text : List.of("", "\n\n", "# a comment\n// another\n   \t\n# last, without a break")) {
            ParseResult result = RuleParser.parse("empty.invar", text);
            assertTrue(result.ok(), text);
            assertEquals(List.of(), result.diagnostics());
            assertEquals("", result.report());
            assertEquals(new SourceFile("empty.invar", List.of()), result.fileOrThrow());
        }
    }

    @Test
    void commentsMayFollowAnything() {
        SourceFile file = RuleParser.parse("c.invar", """
                rule # the id comes next
                  r-1 // still the header
                { severity high # why
                  assert every az // comment
                    has x >= 1 # done
                }""").fileOrThrow();
        Rule rule = file.rules().get(0);
        assertEquals("r-1", rule.id());
        assertEquals(Optional.of(org.invar.dsl.ast.Severity.HIGH), rule.severity());
    }

    @Test
    void whereIsAnotherWayToWriteWith() {
        assertEquals(strip("every az with x has y"), strip("every az where x has y"));
    }

    @Test
    void windowsLineEndingsAreFine() {
        ParseResult result = RuleParser.parse("crlf.invar", "param p = 1\r\n\r\nevery az has x\r\n");
        assertEquals("crlf:3", result.fileOrThrow().rules().get(0).id());
    }

    @Test
    void stringsResolveTheirEscapesAndKeepUnicode() {
        Expr claim = claim("every a has s == \"q\\\"b\\\\n\\n\\t\\r é😀 #not a comment\"");
        assertEquals(new Literal.StringLiteral("q\"b\\n\n\t\r é😀 #not a comment", NONE),
                ((Comparison) claim).right());
    }

    @Test
    void numbers() {
        assertEquals(new Literal.IntLiteral(-9223372036854775808L, NONE), ((Comparison) claim(
                "every a has x == -9223372036854775808")).right());
        assertEquals(new Literal.DecimalLiteral(new BigDecimal("-0.50"), NONE), ((Comparison) claim(
                "every a has x == -0.50")).right());
        assertFalse(RuleParser.parse("n.invar", "every a has x == 9223372036854775808").ok());
    }

    @Test
    void softKeywordsAreNamesOutsideTheRuleHeader() {
        Expr claim = claim("every severity has title == count(distinct distinct where tags is set)");
        assertEquals(new Comparison(Comparison.Operator.EQ, Path.of("title"),
                new Aggregate(Aggregate.Function.COUNT, true, Path.of("distinct"),
                        Optional.of(new PresenceTest(Path.of("tags"), true, NONE)), NONE), NONE), claim);
        // Words that begin with a keyword are names.
        assertEquals(Path.of("everyone", "isolated", "order", "android"), claim("every a has everyone.isolated.order.android"));
    }

    @Test
    void tagsMayBeWordsJoinedByDashesOrStrings() {
        Rule rule = RuleParser.parse("t.invar", "rule r { tags [a-b, x-1, \"two words\", 1, severity-high] assert every a }")
                .fileOrThrow().rules().get(0);
        assertEquals(List.of("a-b", "x-1", "two words", "1", "severity-high"), rule.tags());
        assertTrue(RuleParser.parse("t.invar", "rule r { tags [] assert every a }").fileOrThrow().rules().get(0)
                .tags().isEmpty());
    }

    @Test
    void settingsMayComeInAnyOrderButOnlyOnce() {
        Rule rule = RuleParser.parse("s.invar",
                "rule r { unsuppressible docs \"d\" severity info title \"t\" assert no a }").fileOrThrow().rules().get(0);
        assertTrue(rule.unsuppressible());
        assertEquals(Optional.of("d"), rule.docs());
        assertEquals(Optional.of("t"), rule.title());
        ParseResult twice = RuleParser.parse("s.invar", "rule r { severity low severity high assert no a }");
        assertFalse(twice.ok());
        assertEquals("'severity' is given twice in rule r: keep one", twice.diagnostics().get(0).message());
    }

    @Test
    void afterSyntaxErrorsTheParseStillReportsEachBrokenDeclarationOnce() {
        // The first invariant is cut short by 'param' (2:1), which then lacks its name (2:7).
        ParseResult result = RuleParser.parse("many.invar", "every a has\nparam = 1\nrule { assert every a }\n"
                + "every b has x y z\nevery c has (x\n");
        assertFalse(result.ok());
        assertEquals(List.of(2, 2, 3, 4, 6), result.diagnostics().stream().map(Diagnostic::line).toList(), result.report());
    }

    private static SourceFile strip(String text) {
        return RuleParser.parse("w.invar", text).fileOrThrow();
    }

    private static Expr claim(String text) {
        ParseResult result = RuleParser.parse("claim.invar", text);
        assertEquals("", result.report(), text);
        return result.fileOrThrow().rules().get(0).assertion().claim().orElseThrow();
    }
}
