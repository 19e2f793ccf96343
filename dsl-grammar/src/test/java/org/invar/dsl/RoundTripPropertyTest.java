package org.invar.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import org.invar.dsl.ast.Expr;
import org.invar.dsl.ast.Positions;
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
            assertEquals(file, Positions.strip(result.file().orElseThrow()), printed);
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
            assertEquals(Optional.of(expr), Positions.strip(file.rules().get(0).assertion()).claim(), printed);
        });
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
