package org.invar.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.check.CheckedRule;
import org.invar.check.Type;
import org.invar.collect.ArrayMap;
import org.invar.dsl.Printer;
import org.invar.dsl.ast.Aggregate;
import org.invar.dsl.ast.Arithmetic;
import org.invar.dsl.ast.Comparison;
import org.invar.dsl.ast.Expr;
import org.invar.dsl.ast.Literal;
import org.invar.dsl.ast.Logical;
import org.invar.dsl.ast.Not;
import org.invar.dsl.ast.Path;
import org.invar.dsl.ast.PresenceTest;
import org.invar.dsl.ast.Quantified;
import org.invar.dsl.ast.Quantifier;
import org.invar.dsl.ast.Rule;
import org.invar.report.EntityRef;
import org.invar.report.Finding;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;

/**
 * Turns a rule's counts and failing entities into a {@link RuleResult}: for each entity that
 * failed or was unknown, the message with its placeholders, the values that decided it, the
 * chain of entities nested quantifiers settled on, and the reason for an unknown. This runs only
 * for findings, so it may allocate freely.
 */
final class Explainer {
    private final BoundRule bound;
    private final CheckedRule rule;
    private final Compiler compiler;
    // Findings of one rule share their nodes and texts: compile and print each expression once.
    private final Map<Expr, Object> nodes = new java.util.IdentityHashMap<>();
    private final Map<Expr, String> texts = new java.util.IdentityHashMap<>();
    /** Findings are explained one after another, so they share one context. */
    private final Ctx context;

    Explainer(BoundRule bound) {
        this.bound = bound;
        this.rule = bound.rule;
        this.compiler = new Compiler(rule, bound.model);
        this.context = bound.newContext();
    }

    RuleResult result(Partial p) {
        Rule r = rule.rule();
        List<Finding> findings = new ArrayList<>(p.failedCount + p.unknownCount + 1);
        Verdict verdict;
        if (p.inScope == 0) {
            verdict = Verdict.SKIP;
        } else if (bound.perEntity()) {
            for (int i = 0; i < p.failedCount; i++) {
                findings.add(finding(p.failed[i], Verdict.FAIL));
            }
            for (int i = 0; i < p.unknownCount; i++) {
                findings.add(finding(p.unknown[i], Verdict.UNKNOWN));
            }
            verdict = p.failedCount > 0 ? Verdict.FAIL : p.unknownCount > 0 ? Verdict.UNKNOWN : Verdict.PASS;
        } else {
            // A symbolic entity (a zone of a subnet whose zone is not known) may be one of the
            // others: of those counted, only the named ones, and at least one, surely differ.
            int sure = QuantifierNode.surelyDifferent(p.yes, p.yes - bound.table.symbolicCount());
            byte t = QuantifierNode.verdict(bound.quantifier, sure, p.maybe + p.yes - sure, false);
            verdict = t == Tri.TRUE ? Verdict.PASS : t == Tri.FALSE ? Verdict.FAIL : Verdict.UNKNOWN;
            if (verdict != Verdict.PASS) {
                findings.add(countFinding(p, verdict));
            }
        }
        int passed = bound.perEntity() ? p.passed : verdict == Verdict.PASS ? p.inScope : 0;
        return new RuleResult(r.id(), r.bare(), r.effectiveSeverity(), r.title(), r.docs(), r.tags(),
                rule.invariantText(), rule.file(), verdict, p.inScope, passed, findings);
    }

    private Finding finding(int e, Verdict verdict) {
        Ctx c = context;
        c.top = 0;
        c.entity[0] = e;
        EntityRef entity = new EntityRef(bound.table.kind().name(), bound.table.id(e));
        Quantified q = rule.rule().assertion();
        ArrayMap.Builder<String> because = new ArrayMap.Builder<>();
        List<EntityRef> chain = new ArrayList<>();
        chain.add(entity);
        q.filter().ifPresent(f -> values(c, f, because));
        q.claim().ifPresent(h -> {
            values(c, h, because);
            witnesses(c, h, chain);
        });
        Optional<String> reason = Optional.empty();
        if (verdict == Verdict.UNKNOWN) {
            reason = Optional.of(unknownReason(c, e));
        }
        String message = message(c, because).orElseGet(() -> defaultMessage(entity, verdict));
        return new Finding(rule.rule().id(), rule.rule().effectiveSeverity(), verdict, entity, message,
                bound.table.origin(e), because.build(), chain, reason, suppression(e));
    }

    /** Why the entity's owners suppressed this rule for it, unless the rule cannot be suppressed. */
    private Optional<String> suppression(int e) {
        if (rule.rule().unsuppressible()) {
            return Optional.empty();
        }
        for (org.invar.model.Suppression s : bound.table.suppressions(e)) {
            if (s.rule().equals(rule.rule().id())) {
                return Optional.of(s.reason());
            }
        }
        return Optional.empty();
    }

    private Finding countFinding(Partial p, Verdict verdict) {
        Quantified q = rule.rule().assertion();
        String kind = bound.table.kind().name();
        ArrayMap.Builder<String> because = new ArrayMap.Builder<String>()
                .putIfAbsent("expected", q.quantifier().text())
                .putIfAbsent("found", Integer.toString(p.yes));
        if (p.maybe > 0) {
            because.putIfAbsent("undecided", Integer.toString(p.maybe));
        }
        String message = rule.rule().title().orElse("expected " + q.quantifier().text() + " " + kind
                + q.filter().map(f -> " with " + Printer.printFilter(q)).orElse("")
                + q.claim().map(h -> " that has " + Printer.print(h)).orElse("") + ", found " + p.yes);
        Optional<String> reason = verdict == Verdict.UNKNOWN
                ? Optional.of(p.maybe + " " + kind + " could not be decided") : Optional.empty();
        EntityRef all = new EntityRef(kind, "*");
        return new Finding(rule.rule().id(), rule.rule().effectiveSeverity(), verdict, all, message,
                org.invar.model.Origin.NONE, because.build(), List.of(all), reason, Optional.empty());
    }

    private String unknownReason(Ctx c, int e) {
        String existence = bound.table.hasExistenceUnknown() ? bound.table.existenceUnknown(e) : null;
        if (existence != null) {
            return bound.table.kind().name() + " " + bound.table.id(e) + " may not exist: " + existence;
        }
        c.forgetUnknown();
        byte w = bound.scope(c, e);
        if (w == Tri.TRUE) {
            // The scope is sure, so the unknown that matters is the claim's.
            c.forgetUnknown();
            bound.claim(c);
        }
        return c.unknownWhy();
    }

    /**
     * The rule's message for the entity. A placeholder written as an expression the verdict
     * already showed ({@code {desired_count}} beside {@code desired_count >= ...}) reuses that
     * value: the same text over the same entity is the same value, and evaluating it again would
     * be most of a finding's cost.
     */
    private Optional<String> message(Ctx c, ArrayMap.Builder<String> shown) {
        if (rule.message().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (CheckedRule.MessagePart part : rule.message()) {
            if (part.isText()) {
                out.append(part.text());
            } else {
                String value = shown.get(text(part.expr()));
                out.append(value != null ? value : show(c, part.expr()));
            }
        }
        return Optional.of(out.toString());
    }

    private String defaultMessage(EntityRef entity, Verdict verdict) {
        Quantified q = rule.rule().assertion();
        String title = rule.rule().title().map(t -> ": " + t).orElse("");
        if (q.quantifier().kind() == Quantifier.Kind.NO) {
            String what = q.claim().map(h -> "has " + text(h))
                    .orElseGet(() -> "matches " + q.filter().map(this::text).orElse(entity.kind()));
            return entity + (verdict == Verdict.FAIL ? " " + what + ", which it must not" : " may be one that " + what)
                    + title;
        }
        String claim = q.claim().map(this::text).orElse("true");
        return entity + (verdict == Verdict.FAIL ? " does not satisfy " : " may not satisfy ") + claim + title;
    }

    private String text(Expr e) {
        String t = texts.get(e);
        if (t == null) {
            t = Printer.print(e);
            texts.put(e, t);
        }
        return t;
    }

    /** The value of an expression as a message shows it. */
    private String show(Ctx c, Expr e) {
        Type t = rule.type(e);
        c.top = 0;
        Object node = nodes.get(e);
        if (node == null) {
            node = t.isCollection() ? compiler.coll(e) : compiler.scalar(e);
            nodes.put(e, node);
        }
        return t.isCollection() ? Display.collection(c, (Coll) node) : Display.scalar(c, (Scalar) node);
    }

    /** The values a condition's verdict rests on: operands of comparisons, tested paths, aggregates. */
    private void values(Ctx c, Expr e, ArrayMap.Builder<String> out) {
        if (e instanceof Logical l) {
            values(c, l.left(), out);
            values(c, l.right(), out);
        } else if (e instanceof Not n) {
            values(c, n.operand(), out);
        } else if (e instanceof Comparison cmp) {
            value(c, cmp.left(), out);
            value(c, cmp.right(), out);
        } else if (e instanceof PresenceTest p) {
            value(c, p.operand(), out);
        } else if (e instanceof Path || e instanceof Aggregate) {
            value(c, e, out);
        }
    }

    private void value(Ctx c, Expr e, ArrayMap.Builder<String> out) {
        if (e instanceof Literal || e instanceof Quantified) {
            return;
        }
        if (e instanceof Arithmetic a) {
            value(c, a.left(), out);
            value(c, a.right(), out);
        }
        String key = text(e);
        if (!out.contains(key)) { // an expression the verdict rests on twice is shown once
            out.putIfAbsent(key, show(c, e));
        }
    }

    /**
     * Follows nested quantifiers that decided the verdict down to the entity each settled on, and
     * records that entity's own deciding values.
     */
    private void witnesses(Ctx c, Expr e, List<EntityRef> chain) {
        if (e instanceof Logical l) {
            witnesses(c, l.left(), chain);
            witnesses(c, l.right(), chain);
        } else if (e instanceof Not n) {
            witnesses(c, n.operand(), chain);
        } else if (e instanceof Quantified q) {
            QuantifierNode node = (QuantifierNode) nodes.computeIfAbsent(q, x -> compiler.quantifier(q));
            c.top = 0;
            if (node.test(c) == Tri.TRUE && q.quantifier().kind() == Quantifier.Kind.EVERY) {
                return;
            }
            c.top = 0;
            int w = node.witness(c);
            if (w < 0) {
                return;
            }
            org.invar.check.PathPlan plan = rule.path(q.range());
            String kind = bound.model.table(plan.endKind()).kind().name();
            chain.add(new EntityRef(kind, bound.model.table(plan.endKind()).id(w)));
            q.claim().ifPresent(h -> witnesses(c, h, chain));
        }
    }
}
