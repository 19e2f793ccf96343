package org.invar.dsl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.invar.dsl.internal.InvarParser;

/**
 * The language's one grouping rule: a 'has' after a quantifier nested, without parentheses, in
 * the 'with' (or 'where') clause of another quantifier is an error. The grammar would give it to
 * the nearest quantifier, yet a reader may as well take it for the outer one's claim, and the
 * two readings mean different things ({@code every ecs_service with some load_balancer with
 * type == "application" has count(distinct subnet.az) >= 2} speaks of the service's zones or of
 * the load balancer's). The error shows each reading with its parentheses, at the 'has'.
 *
 * <p>Nothing else is ambiguous: a quantifier's 'with' comes right after its range, so a 'with'
 * can only be the nearest quantifier's; and once a quantifier has its 'has', a quantifier nested
 * in that claim is the only one left that can take a 'has' ({@code every ecs_service as svc with
 * load_balancer has every subnet has az in svc.load_balancer.subnet.az}). Parentheses and the
 * brackets of an aggregate end what is inside them.
 */
final class HasGrouping {
    private final Source source;
    private final List<Diagnostic> diagnostics;
    private boolean ambiguous;

    /** A quantifier whose clause the walk is in, unbroken by parentheses, and which clause. */
    private record Step(InvarParser.QuantifiedContext owner, boolean filter) {
    }

    private HasGrouping(Source source, List<Diagnostic> diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
    }

    /**
     * Reports every ambiguous 'has' of an invariant, or of a lone expression such as a message's
     * placeholder; returns whether there was none.
     */
    static boolean check(Source source, ParseTree invariantOrExpression, List<Diagnostic> diagnostics) {
        HasGrouping grouping = new HasGrouping(source, diagnostics);
        grouping.expr(invariantOrExpression, List.of());
        return !grouping.ambiguous;
    }

    private void quantified(InvarParser.QuantifiedContext q, List<Step> chain) {
        List<Step> outer = chain;
        if (q.claim != null && chain.stream().anyMatch(Step::filter)) {
            report(q, chain);
            // The readings put this quantifier in parentheses: the quantifiers around it no longer
            // reach inside, so what is inside is judged on its own, and one mistake gives one message.
            outer = List.of();
        }
        if (q.filter != null) {
            expr(q.filter, with(outer, new Step(q, true)));
        }
        if (q.claim != null) {
            expr(q.claim, with(outer, new Step(q, false)));
        }
    }

    private void expr(ParseTree tree, List<Step> chain) {
        if (tree instanceof InvarParser.ParenExprContext paren) {
            expr(paren.expr(), List.of());
            return;
        }
        if (tree instanceof InvarParser.AggregateContext aggregate) {
            if (aggregate.filter != null) {
                expr(aggregate.filter, List.of());
            }
            return;
        }
        if (tree instanceof InvarParser.QuantifiedContext q) {
            quantified(q, chain);
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            ParseTree child = tree.getChild(i);
            if (child instanceof InvarParser.ExprContext || child instanceof InvarParser.AggregateContext
                    || child instanceof InvarParser.QuantifiedContext) {
                expr(child, chain);
            }
        }
    }

    private static List<Step> with(List<Step> chain, Step step) {
        List<Step> longer = new ArrayList<>(chain);
        longer.add(step);
        return List.copyOf(longer);
    }

    /**
     * The quantifiers that could take the 'has' of {@code nested}, outermost first: itself, and
     * each quantifier whose 'with' holds it that has no 'has' of its own, up to the first that
     * has one (the 'has' cannot pass a quantifier that already has its claim).
     */
    private static List<InvarParser.QuantifiedContext> takers(InvarParser.QuantifiedContext nested, List<Step> chain) {
        List<InvarParser.QuantifiedContext> takers = new ArrayList<>();
        takers.add(nested);
        for (int i = chain.size() - 1; i >= 0; i--) {
            Step step = chain.get(i);
            if (!step.filter() || step.owner().claim != null) {
                break;
            }
            takers.add(0, step.owner());
        }
        return takers;
    }

    private void report(InvarParser.QuantifiedContext nested, List<Step> chain) {
        ambiguous = true;
        List<InvarParser.QuantifiedContext> takers = takers(nested, chain);
        Token has = nested.HAS().getSymbol();
        String message;
        if (takers.size() == 1) {
            Step enclosing = chain.stream().filter(Step::filter).reduce((outer, inner) -> inner).orElseThrow();
            String keyword = enclosing.owner().WITH() != null ? "with" : "where";
            message = "ambiguous 'has': it follows a quantifier nested in '" + keyword + "', and parentheses must"
                    + " show that it states the claim of " + describe(nested, takers) + ": write "
                    + reading(enclosing.owner(), nested, nested);
        } else {
            InvarParser.QuantifiedContext shown = takers.get(0);
            List<String> readings = new ArrayList<>();
            for (InvarParser.QuantifiedContext taker : shownTakers(takers)) {
                readings.add(reading(shown, nested, taker) + " to state it of " + describe(taker, takers));
            }
            message = "ambiguous 'has': write " + String.join(", ", readings.subList(0, readings.size() - 1))
                    + ", or " + readings.get(readings.size() - 1);
            if (takers.size() > MAX_READINGS) {
                message += " (or give it to one of the " + (takers.size() - 2) + " quantifiers between them, in"
                        + " parentheses likewise)";
            }
        }
        diagnostics.add(Diagnostic.error("ambiguous", source, has.getLine(), has.getCharPositionInLine() + 1, message));
    }

    /** Every reading is shown up to this many; beyond, only the outermost and the innermost. */
    private static final int MAX_READINGS = 3;

    private static List<InvarParser.QuantifiedContext> shownTakers(List<InvarParser.QuantifiedContext> takers) {
        return takers.size() <= MAX_READINGS ? takers : List.of(takers.get(0), takers.get(takers.size() - 1));
    }

    /** {@code shown} in canonical text, with the 'has' of {@code nested} given to {@code taker}. */
    private String reading(InvarParser.QuantifiedContext shown, InvarParser.QuantifiedContext nested,
                           InvarParser.QuantifiedContext taker) {
        AstBuilder.Regrouping regrouping = taker == nested ? null : new AstBuilder.Regrouping(nested, taker);
        // The declaration's own build already reported what else is wrong in it.
        AstBuilder builder = new AstBuilder(source, new ArrayList<>(), regrouping);
        return Printer.print(builder.quantified(shown));
    }

    private static String describe(InvarParser.QuantifiedContext q, List<InvarParser.QuantifiedContext> takers) {
        String range = q.path().getText();
        Set<String> ranges = new HashSet<>();
        boolean alike = !takers.stream().map(t -> t.path().getText()).allMatch(ranges::add);
        if (!alike) {
            return "the " + range;
        }
        if (takers.size() == 2) {
            return "the " + (q == takers.get(0) ? "outer " : "inner ") + range;
        }
        return "the " + range + " at column " + (q.getStart().getCharPositionInLine() + 1);
    }
}
