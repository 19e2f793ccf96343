package org.invar.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.invar.dsl.ast.Aggregate;
import org.invar.dsl.ast.Arithmetic;
import org.invar.dsl.ast.Comparison;
import org.invar.dsl.ast.Expr;
import org.invar.dsl.ast.Identifier;
import org.invar.dsl.ast.Literal;
import org.invar.dsl.ast.Logical;
import org.invar.dsl.ast.Not;
import org.invar.dsl.ast.Param;
import org.invar.dsl.ast.Path;
import org.invar.dsl.ast.Position;
import org.invar.dsl.ast.PresenceTest;
import org.invar.dsl.ast.Quantified;
import org.invar.dsl.ast.Quantifier;
import org.invar.dsl.ast.Rule;
import org.invar.dsl.ast.Severity;
import org.invar.dsl.ast.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * The printer's parentheses: as few as keep the meaning, and around a nested quantifier wherever
 * a reader could misgroup it. Each case is checked twice, against the exact text and by parsing
 * the text back.
 */
class PrinterTest {
    private static final Position NONE = Position.NONE;
    private static final Path A = Path.of("a");
    private static final Path B = Path.of("b");
    private static final Path C = Path.of("c");

    @Test
    void aNestedQuantifierThatIsAnOperandIsParenthesized() {
        // (every s has some t has x) and y: without the parentheses 'and y' would join the inner claim.
        Expr nested = quantified(Quantifier.EVERY, "s", null, quantified(Quantifier.SOME, "t", null, Path.of("x")));
        assertPrints("(every s has some t has x) and y", and(nested, Path.of("y")));
        // At the end nothing can join it, but 'y and every s has x or z' would read as if 'or z' were outside.
        assertPrints("y and (every s has some t has x)", and(Path.of("y"), nested));
        // The whole of a 'has' clause: it stands bare, and so does the quantifier in its own claim.
        assertPrints("every s has some t has x", nested);
    }

    @Test
    void aQuantifierWithAHasInAWithClauseIsAlwaysParenthesized() {
        Expr inner = quantified(Quantifier.SOME, "t", null, Path.of("x"));
        assertPrints("every s with (some t has x) has y", quantified(Quantifier.EVERY, "s", inner, Path.of("y")));
        // Without an outer claim the filter ends the text, yet 'every s with some t has x' could be
        // read with 'has x' as the claim of every s: the parentheses say whose claim it is.
        assertPrints("every s with (some t has x)", quantified(Quantifier.EVERY, "s", inner, null));
        // A filter that ends in a quantifier is parenthesized only around that quantifier.
        assertPrints("every s with a and (some t has x) has y",
                quantified(Quantifier.EVERY, "s", and(A, inner), Path.of("y")));
        // A quantifier without a claim in a filter still takes parentheses: 'has y' would become its claim.
        Expr bare = quantified(Quantifier.NO, "t", null, null);
        assertPrints("every s with (no t) has y", quantified(Quantifier.EVERY, "s", bare, Path.of("y")));
        // Alone in a filter that ends the text, a quantifier without a claim is unambiguous.
        assertPrints("every s with no t with a", quantified(Quantifier.EVERY, "s",
                quantified(Quantifier.NO, "t", A, null), null));
        // Deeper: the innermost claim is inside the parentheses of its own quantifier.
        assertPrints("every s with some t with (no u has x)", quantified(Quantifier.EVERY, "s",
                quantified(Quantifier.SOME, "t", quantified(Quantifier.NO, "u", null, Path.of("x")), null), null));
    }

    @Test
    void theTwoReadingsOfADanglingHasPrintApart() {
        Expr lb = quantified(Quantifier.SOME, "load_balancer", compare(Comparison.Operator.EQ, Path.of("type"),
                new Literal.StringLiteral("application", NONE)), null);
        Expr zones = compare(Comparison.Operator.GE, new Aggregate(Aggregate.Function.COUNT, true,
                Path.of("subnet", "az"), Optional.empty(), NONE), new Literal.IntLiteral(2, NONE));
        Expr ofTheService = quantified(Quantifier.EVERY, "ecs_service", lb, zones);
        Expr lbWithClaim = quantified(Quantifier.SOME, "load_balancer", compare(Comparison.Operator.EQ,
                Path.of("type"), new Literal.StringLiteral("application", NONE)), zones);
        Expr ofTheLoadBalancer = quantified(Quantifier.EVERY, "ecs_service", lbWithClaim, null);
        assertPrints("every ecs_service with (some load_balancer with type == \"application\")"
                + " has count(distinct subnet.az) >= 2", ofTheService);
        assertPrints("every ecs_service with (some load_balancer with type == \"application\""
                + " has count(distinct subnet.az) >= 2)", ofTheLoadBalancer);
    }

    @Test
    void aFilterQuotedInAMessageIsPrintedAsTheRuleShowsIt() {
        Expr inner = quantified(Quantifier.SOME, "t", null, Path.of("x"));
        assertEquals("(some t has x)", Printer.printFilter((Quantified) quantified(Quantifier.EVERY, "s", inner,
                Path.of("y"))));
        assertEquals("(some t has x)", Printer.printFilter((Quantified) quantified(Quantifier.EVERY, "s", inner, null)));
        Expr bare = quantified(Quantifier.NO, "t", A, null);
        assertEquals("(no t with a)", Printer.printFilter((Quantified) quantified(Quantifier.EVERY, "s", bare, B)));
        assertEquals("no t with a", Printer.printFilter((Quantified) quantified(Quantifier.EVERY, "s", bare, null)));
        assertEquals("a and b", Printer.printFilter((Quantified) quantified(Quantifier.EVERY, "s", and(A, B), C)));
    }

    @Test
    void quantifiersNestedInOperandsAndTests() {
        Expr some = quantified(Quantifier.atLeast(2), "t", null, Path.of("x"));
        assertPrints("(at least 2 t has x) is set", new PresenceTest(some, true, NONE));
        assertPrints("not (at least 2 t has x) or a", or(new Not(some, NONE), A));
        assertPrints("not (at least 2 t has x)", new Not(some, NONE));
        assertPrints("a == (exactly 0 t has x)", compare(Comparison.Operator.EQ, A, quantifiedExactly()));
        // The whole 'where' of an aggregate ends at its bracket.
        assertPrints("count(a where some t has x) > 1", compare(Comparison.Operator.GT,
                new Aggregate(Aggregate.Function.COUNT, false, A, Optional.of(some(Path.of("x"))), NONE),
                new Literal.IntLiteral(1, NONE)));
    }

    @Test
    void notOverComparisonsAndLogic() {
        Expr eq = compare(Comparison.Operator.EQ, A, B);
        assertPrints("not a == b", new Not(eq, NONE));
        assertPrints("(not a) == b", compare(Comparison.Operator.EQ, new Not(A, NONE), B));
        assertPrints("not (a and b)", new Not(and(A, B), NONE));
        assertPrints("not a and b", and(new Not(A, NONE), B));
        assertPrints("not not a not in b", new Not(new Not(compare(Comparison.Operator.NOT_IN, A, B), NONE), NONE));
        assertPrints("(not a) not in b", compare(Comparison.Operator.NOT_IN, new Not(A, NONE), B));
        assertPrints("a == (not b)", compare(Comparison.Operator.EQ, A, new Not(B, NONE)));
    }

    @Test
    void subtractionAndDivisionAssociateToTheLeft() {
        assertPrints("a - (b - c)", arithmetic(Arithmetic.Operator.SUBTRACT, A, arithmetic(Arithmetic.Operator.SUBTRACT, B, C)));
        assertPrints("a - b - c", arithmetic(Arithmetic.Operator.SUBTRACT, arithmetic(Arithmetic.Operator.SUBTRACT, A, B), C));
        assertPrints("a / (b / c)", arithmetic(Arithmetic.Operator.DIVIDE, A, arithmetic(Arithmetic.Operator.DIVIDE, B, C)));
        assertPrints("a - (b + c)", arithmetic(Arithmetic.Operator.SUBTRACT, A, arithmetic(Arithmetic.Operator.ADD, B, C)));
        assertPrints("a - b * c", arithmetic(Arithmetic.Operator.SUBTRACT, A, arithmetic(Arithmetic.Operator.MULTIPLY, B, C)));
        assertPrints("(a - b) * c", arithmetic(Arithmetic.Operator.MULTIPLY, arithmetic(Arithmetic.Operator.SUBTRACT, A, B), C));
        assertPrints("a - -1", arithmetic(Arithmetic.Operator.SUBTRACT, A, new Literal.IntLiteral(-1, NONE)));
        assertPrints("-1.50 * a", arithmetic(Arithmetic.Operator.MULTIPLY,
                new Literal.DecimalLiteral(new BigDecimal("-1.50"), NONE), A));
    }

    @Test
    void comparisonsChainToTheLeftAndBindLooserThanArithmetic() {
        assertPrints("a == b == c", compare(Comparison.Operator.EQ, compare(Comparison.Operator.EQ, A, B), C));
        assertPrints("a == (b == c)", compare(Comparison.Operator.EQ, A, compare(Comparison.Operator.EQ, B, C)));
        assertPrints("a + b <= c * 2", compare(Comparison.Operator.LE, arithmetic(Arithmetic.Operator.ADD, A, B),
                arithmetic(Arithmetic.Operator.MULTIPLY, C, new Literal.IntLiteral(2, NONE))));
        assertPrints("a + b is missing", new PresenceTest(arithmetic(Arithmetic.Operator.ADD, A, B), false, NONE));
        assertPrints("(a == b) is set", new PresenceTest(compare(Comparison.Operator.EQ, A, B), true, NONE));
        assertPrints("a is set == b", compare(Comparison.Operator.EQ, new PresenceTest(A, true, NONE), B));
    }

    @Test
    void andBindsTighterThanOr() {
        assertPrints("a or b and c", or(A, and(B, C)));
        assertPrints("(a or b) and c", and(or(A, B), C));
        assertPrints("a and (b and c)", and(A, and(B, C)));
        assertPrints("a or b or c", or(or(A, B), C));
    }

    @Test
    void literalsAndStrings() {
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\rf\"", Printer.print(new Literal.StringLiteral("a\"b\\c\nd\te\rf", NONE)));
        assertPrints("a in [1, -2, 3.0, \"x\", true, []]", compare(Comparison.Operator.IN, A, new Literal.ListLiteral(
                List.of(new Literal.IntLiteral(1, NONE), new Literal.IntLiteral(-2, NONE),
                        new Literal.DecimalLiteral(new BigDecimal("3.0"), NONE), new Literal.StringLiteral("x", NONE),
                        new Literal.BoolLiteral(true, NONE), new Literal.ListLiteral(List.of(), NONE)),
                NONE)));
        assertPrints("a == -9223372036854775808", compare(Comparison.Operator.EQ, A,
                new Literal.IntLiteral(Long.MIN_VALUE, NONE)));
        // A decimal is always printed with a point, so that it reads back as a decimal.
        assertEquals("5.0", Printer.print(new Literal.DecimalLiteral(new BigDecimal("5"), NONE)));
    }

    @Test
    void softKeywordsPrintAsNames() {
        assertPrints("count(distinct distinct) > severity.title",
                compare(Comparison.Operator.GT, new Aggregate(Aggregate.Function.COUNT, true, Path.of("distinct"),
                        Optional.empty(), NONE), Path.of("severity", "title")));
        assertPrints("count(distinct.x) == 0", compare(Comparison.Operator.EQ,
                new Aggregate(Aggregate.Function.COUNT, false, Path.of("distinct", "x"), Optional.empty(), NONE),
                new Literal.IntLiteral(0, NONE)));
    }

    @Test
    void reservedWordsCannotBePrintedAsNames() {
        for (String word : Printer.RESERVED) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Printer.print(Path.of(word)));
            assertTrue(e.getMessage().contains(word));
        }
        assertThrows(IllegalArgumentException.class, () -> Printer.print(Path.of("two words")));
        assertThrows(IllegalArgumentException.class, () -> Printer.print(Path.of("1st")));
        assertThrows(IllegalArgumentException.class, () -> Printer.print(new Rule("not an id", false,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), false,
                (Quantified) quantified(Quantifier.EVERY, "a", null, null), NONE)));
    }

    @Test
    void aRuleBlockHasItsSettingsInAFixedOrder() {
        Rule rule = new Rule("r-1.x", false, Optional.of(Severity.LOW), Optional.of("T"), Optional.of("M {name}"),
                Optional.of("D"), List.of("availability", "a-1", "a-1b", "every-az", "two words"), true,
                (Quantified) quantified(Quantifier.NO, "bucket", compare(Comparison.Operator.EQ, A,
                        new Literal.BoolLiteral(false, NONE)), null), NONE);
        String expected = """
                rule r-1.x {
                  severity low
                  title "T"
                  message "M {name}"
                  docs "D"
                  tags [availability, a-1, "a-1b", "every-az", "two words"]
                  unsuppressible
                  assert no bucket with a == false
                }""";
        assertEquals(expected, Printer.print(rule));
        SourceFile file = new SourceFile("t.invar", List.of(rule,
                new Param(Identifier.of("min_azs"), new Literal.IntLiteral(3, NONE), NONE)));
        String printed = Printer.print(file);
        assertEquals(expected + "\n\nparam min_azs = 3\n", printed);
        assertEquals(file, RuleParser.parse("t.invar", printed).fileOrThrow());
    }

    /** The expression prints as {@code text}, and that text, as a claim, parses back to it. */
    private static void assertPrints(String text, Expr expr) {
        assertEquals(text, Printer.print(expr));
        String rule = "every k has " + text;
        ParseResult result = RuleParser.parse("p.invar", rule);
        assertEquals("", result.report(), rule);
        Quantified parsed = result.fileOrThrow().rules().get(0).assertion();
        assertEquals(Optional.of(expr), parsed.claim(), rule);
    }

    private static Expr quantified(Quantifier quantifier, String range, Expr filter, Expr claim) {
        return new Quantified(quantifier, Path.of(range), Optional.empty(), Optional.ofNullable(filter),
                Optional.ofNullable(claim), NONE);
    }

    private static Expr quantifiedExactly() {
        return quantified(Quantifier.exactly(0), "t", null, Path.of("x"));
    }

    private static Expr some(Expr claim) {
        return quantified(Quantifier.SOME, "t", null, claim);
    }

    private static Expr and(Expr left, Expr right) {
        return new Logical(Logical.Operator.AND, left, right, NONE);
    }

    private static Expr or(Expr left, Expr right) {
        return new Logical(Logical.Operator.OR, left, right, NONE);
    }

    private static Expr compare(Comparison.Operator operator, Expr left, Expr right) {
        return new Comparison(operator, left, right, NONE);
    }

    private static Expr arithmetic(Arithmetic.Operator operator, Expr left, Expr right) {
        return new Arithmetic(operator, left, right, NONE);
    }
}
