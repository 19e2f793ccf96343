package org.invar.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import java.util.stream.Stream;
import org.invar.dsl.ast.Aggregate;
import org.invar.dsl.ast.Arithmetic;
import org.invar.dsl.ast.Comparison;
import org.invar.dsl.ast.Expr;
import org.invar.dsl.ast.Literal;
import org.invar.dsl.ast.Logical;
import org.invar.dsl.ast.Not;
import org.invar.dsl.ast.Path;
import org.invar.dsl.ast.Position;
import org.invar.dsl.ast.PresenceTest;
import org.invar.dsl.ast.Quantified;
import org.invar.dsl.ast.Quantifier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The nesting limit is exact: a rule whose AST is at most {@link RuleParser#MAX_DEPTH} deep
 * parses, one level more does not. The rules are long spines (each construct wraps the previous
 * one, on its left or its right), which is where the check on the tokens that runs before
 * parsing could, if it over-counted, refuse a rule the AST check accepts.
 */
class DepthLimitPropertyTest {
    private static final Position NONE = Position.NONE;
    private static final int MAX = RuleParser.MAX_DEPTH;

    @Test
    void rulesParseExactlyWhenTheyAreWithinTheDepthLimit() {
        qt().withExamples(40).forAll(spines()).checkAssert(rule -> {
            int depth = depth(rule);
            String text = Printer.print(rule);
            ParseResult result = RuleParser.parse("spine.invar", text);
            if (depth <= MAX) {
                assertTrue(result.ok(), () -> "depth " + depth + " is within the limit, yet:\n" + result.report());
                assertEquals(rule, result.fileOrThrow().rules().get(0).assertion());
            } else {
                assertFalse(result.ok(), "depth " + depth + " is over the limit:\n" + text);
                assertEquals("too-deep", result.diagnostics().get(0).code(), result.report());
            }
        });
    }

    private static Gen<Quantified> spines() {
        Gen<Quantified> gen = in -> {
            int length = between(in, MAX - 4, MAX + 2);
            Expr e = Path.of("x");
            for (int i = 0; i < length; i++) {
                e = wrap(in, e);
            }
            return new Quantified(Quantifier.EVERY, Path.of("k"), Optional.empty(), Optional.empty(), Optional.of(e),
                    NONE);
        };
        return gen.describedAs(q -> "depth " + depth(q) + ": " + Printer.print(q));
    }

    /** One more level above {@code e}. */
    private static Expr wrap(RandomnessSource in, Expr e) {
        Expr leaf = between(in, 0, 1) == 0 ? Path.of("a") : new Literal.IntLiteral(between(in, -2, 2), NONE);
        boolean left = between(in, 0, 1) == 0;
        // Quantifiers with a claim are rare here: the parser's prediction over nested claims costs
        // time that grows faster than their number (97 of them take about a second).
        return switch (between(in, 0, 39)) {
            case 0, 1, 2, 3, 4, 5 -> arithmetic(in, left ? e : leaf, left ? leaf : e);
            case 6, 7, 8, 9, 10, 11 -> new Comparison(Comparison.Operator.values()[between(in, 0, 9)], left ? e : leaf,
                    left ? leaf : e, NONE);
            case 12, 13, 14, 15, 16, 17, 18, 19 -> new Logical(Logical.Operator.values()[between(in, 0, 1)],
                    left ? e : leaf, left ? leaf : e, NONE);
            case 20, 21, 22, 23, 24, 25 -> new Not(e, NONE);
            case 26, 27, 28, 29 -> new PresenceTest(e, left, NONE);
            case 30, 31 -> new Aggregate(Aggregate.Function.SUM, left, Path.of("s"), Optional.of(e), NONE);
            case 32, 33 -> new Quantified(Quantifier.SOME, Path.of("t"), Optional.empty(), Optional.of(e),
                    Optional.empty(), NONE);
            case 34 -> new Quantified(Quantifier.atMost(1), Path.of("t"), Optional.empty(), Optional.empty(),
                    Optional.of(e), NONE);
            default -> arithmetic(in, e, leaf);
        };
    }

    private static Expr arithmetic(RandomnessSource in, Expr left, Expr right) {
        return new Arithmetic(Arithmetic.Operator.values()[between(in, 0, 3)], left, right, NONE);
    }

    /** The depth the parser limits: every node one level, leaves included. */
    static int depth(Expr e) {
        if (e instanceof Arithmetic a) {
            return 1 + Math.max(depth(a.left()), depth(a.right()));
        }
        if (e instanceof Comparison c) {
            return 1 + Math.max(depth(c.left()), depth(c.right()));
        }
        if (e instanceof Logical l) {
            return 1 + Math.max(depth(l.left()), depth(l.right()));
        }
        if (e instanceof Not n) {
            return 1 + depth(n.operand());
        }
        if (e instanceof PresenceTest t) {
            return 1 + depth(t.operand());
        }
        if (e instanceof Aggregate a) {
            return 1 + a.filter().map(DepthLimitPropertyTest::depth).orElse(0);
        }
        if (e instanceof Quantified q) {
            return 1 + Stream.of(q.filter(), q.claim()).flatMap(Optional::stream)
                    .mapToInt(DepthLimitPropertyTest::depth).max().orElse(0);
        }
        if (e instanceof Literal.ListLiteral l) {
            return 1 + l.elements().stream().mapToInt(DepthLimitPropertyTest::depth).max().orElse(0);
        }
        return 1;
    }

    private static int between(RandomnessSource in, int min, int max) {
        return (int) in.next(Constraint.between(min, max));
    }
}
