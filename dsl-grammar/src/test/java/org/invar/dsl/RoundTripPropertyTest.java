package org.invar.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import org.invar.dsl.ast.Expr;
import org.invar.dsl.ast.Quantified;
import org.invar.dsl.ast.Quantifier;
import org.invar.dsl.ast.Path;
import org.invar.dsl.ast.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * The printer and the parser agree: printing a generated AST and parsing the text gives the
 * same AST back, positions aside. QuickTheories prints the seed of a failing run; rerun it with
 * {@code -DQT_SEED=...}.
 */
class RoundTripPropertyTest {

    @Test
    void parsingThePrintOfAFileGivesTheFileBack() {
        qt().withExamples(600).forAll(AstGenerator.files(4)).checkAssert(file -> {
            String printed = Printer.print(file);
            ParseResult result = RuleParser.parse(AstGenerator.SOURCE_NAME, printed);
            assertTrue(result.ok(), () -> "the printed text does not parse:\n" + printed + "\n" + result.report());
            assertEquals(file, result.file().orElseThrow(), printed);
        });
    }

    @Test
    void parsingThePrintOfAnExpressionGivesTheExpressionBack() {
        // Deeper expressions, fewer declarations: the precedence and parenthesis rules get the work.
        qt().withExamples(500).forAll(AstGenerator.expressions(5)).checkAssert(expr -> {
            Quantified rule = new Quantified(Quantifier.EVERY, Path.of("k"), Optional.empty(), Optional.empty(),
                    Optional.of(expr), org.invar.dsl.ast.Position.NONE);
            String printed = Printer.print(rule);
            ParseResult result = RuleParser.parse("expr.invar", printed);
            assertTrue(result.ok(), () -> "the printed text does not parse:\n" + printed + "\n" + result.report());
            SourceFile file = result.file().orElseThrow();
            assertEquals(1, file.rules().size(), printed);
            assertEquals(Optional.of(expr), file.rules().get(0).assertion().claim(), printed);
        });
    }

    @Test
    void parsingThePrintOfNestedQuantifiersGivesThemBack() {
        // The printer's parentheses around nested quantifiers keep every 'has' where it was, and
        // never leave one the parser finds ambiguous.
        qt().withExamples(800).forAll(AstGenerator.nestedQuantifiers(4)).checkAssert(q -> {
            String printed = Printer.print(q);
            ParseResult result = RuleParser.parse("nested.invar", printed);
            assertTrue(result.ok(), () -> "the printed text does not parse:\n" + printed + "\n" + result.report());
            assertEquals(q, result.file().orElseThrow().rules().get(0).assertion(), printed);
        });
    }

    @Test
    void aHasAfterAQuantifierInAWithIsRejectedWithTheOuterReadingAmongTheReadings() {
        // 'every k with N has C', N a quantifier (its own claim dropped) written without
        // parentheses: whatever N is, the 'has' is reported, and one reading is the outer one.
        qt().withExamples(400).forAll(AstGenerator.nestedQuantifiers(3), AstGenerator.nestedQuantifiers(2))
                .checkAssert((n, c) -> {
                    Quantified inner = new Quantified(n.quantifier(), n.range(), n.binding(), n.filter(),
                            Optional.empty(), org.invar.dsl.ast.Position.NONE);
                    String head = "every k with " + Printer.print(inner);
                    String text = head + " has " + Printer.print(c);
                    ParseResult result = RuleParser.parse("dangling.invar", text);
                    assertFalse(result.ok(), text);
                    Diagnostic first = result.diagnostics().get(0);
                    assertEquals("ambiguous", first.code(), () -> text + "\n" + result.report());
                    // Columns count code points, as a reader counts characters.
                    assertEquals(head.codePointCount(0, head.length()) + 2, first.column(), text);
                    Quantified outer = new Quantified(Quantifier.EVERY, Path.of("k"), Optional.empty(),
                            Optional.of(inner), Optional.of(c), org.invar.dsl.ast.Position.NONE);
                    assertTrue(first.message().contains("write " + Printer.print(outer) + " to state it of the "),
                            () -> text + "\n" + first.message());
                });
    }

    @Test
    void theNestedGeneratorDrawsEveryShapeOfADanglingHas() {
        java.util.Set<String> shapes = new java.util.TreeSet<>();
        qt().withExamples(300).withFixedSeed(7).forAll(AstGenerator.nestedQuantifiers(4))
                .checkAssert(q -> shapes(q, shapes));
        assertEquals(java.util.Set.of("claim is a quantifier with a claim", "filter ends in a quantifier",
                "filter is a quantifier with a claim, no outer claim", "filter is a quantifier without a claim, outer claim",
                "quantifier in an aggregate's where"), shapes);
    }

    private static void shapes(Expr e, java.util.Set<String> shapes) {
        if (e instanceof Quantified q) {
            q.filter().ifPresent(f -> {
                if (f instanceof Quantified n && n.claim().isPresent() && q.claim().isEmpty()) {
                    shapes.add("filter is a quantifier with a claim, no outer claim");
                }
                if (f instanceof Quantified n && n.claim().isEmpty() && q.claim().isPresent()) {
                    shapes.add("filter is a quantifier without a claim, outer claim");
                }
                if (f instanceof org.invar.dsl.ast.Logical l && l.right() instanceof Quantified
                        || f instanceof org.invar.dsl.ast.Not n && n.operand() instanceof Quantified) {
                    shapes.add("filter ends in a quantifier");
                }
                shapes(f, shapes);
            });
            q.claim().ifPresent(c -> {
                if (c instanceof Quantified n && n.claim().isPresent()) {
                    shapes.add("claim is a quantifier with a claim");
                }
                shapes(c, shapes);
            });
        } else if (e instanceof org.invar.dsl.ast.Logical l) {
            shapes(l.left(), shapes);
            shapes(l.right(), shapes);
        } else if (e instanceof org.invar.dsl.ast.Not n) {
            shapes(n.operand(), shapes);
        } else if (e instanceof org.invar.dsl.ast.Comparison c) {
            shapes(c.left(), shapes);
            shapes(c.right(), shapes);
        } else if (e instanceof org.invar.dsl.ast.Aggregate a && a.filter().isPresent()) {
            if (a.filter().get() instanceof Quantified) {
                shapes.add("quantifier in an aggregate's where");
            }
            shapes(a.filter().get(), shapes);
        }
    }

    @Test
    void theGeneratorReachesTheAwkwardCases() {
        // A property is only as good as its inputs: check that the generator does produce the
        // constructs the round trip is meant to cover.
        StringBuilder all = new StringBuilder();
        qt().withExamples(200).withFixedSeed(42).forAll(AstGenerator.files(4)).checkAssert(file -> {
            all.append(Printer.print(file));
        });
        String text = all.toString();
        for (String needle : new String[] {"not in", "contains", "matches", " is set", " is missing", "distinct ",
                " where ", " as ", "at least ", "at most ", "exactly ", "(every", "(some", " - -", "\\\"", "\\\\",
                "\\n", "\\t", "[", "import \"", "param ", "unsuppressible", "tags [", "severity ", ".0",
                "count(", "avg(", " and ", " or ", "not ", " * ", " / ", " + "}) {
            assertTrue(text.contains(needle), "no generated file contains " + needle);
        }
        assertTrue(text.lines().anyMatch(l -> l.startsWith("every ") || l.startsWith("no ") || l.startsWith("some ")),
                "bare invariants are generated");
    }
}
