package org.invar.eval;

import java.util.Arrays;

/** What evaluating a rule over a range of entities found, to be merged with the other ranges. */
final class Partial {
    int inScope;
    int passed;
    /** For counting quantifiers: entities in scope that surely satisfy the claim, and that might. */
    int yes;
    int maybe;
    int[] failed = new int[8];
    int failedCount;
    int[] unknown = new int[8];
    int unknownCount;

    void fail(int e) {
        if (failedCount == failed.length) {
            failed = Arrays.copyOf(failed, failedCount * 2);
        }
        failed[failedCount++] = e;
    }

    void unknown(int e) {
        if (unknownCount == unknown.length) {
            unknown = Arrays.copyOf(unknown, unknownCount * 2);
        }
        unknown[unknownCount++] = e;
    }

    /** Evaluates entities {@code from} (inclusive) to {@code to} (exclusive). */
    static Partial run(BoundRule rule, int from, int to) {
        Partial p = new Partial();
        Ctx c = rule.newContext();
        boolean every = rule.quantifier.kind() == org.invar.dsl.ast.Quantifier.Kind.EVERY;
        boolean perEntity = rule.perEntity();
        for (int e = from; e < to; e++) {
            c.entity[0] = e;
            byte w = rule.scope(c, e);
            if (w == Tri.FALSE) {
                continue;
            }
            p.inScope++;
            byte h = rule.claim(c);
            if (!perEntity) {
                byte x = Tri.and(w, h);
                if (x == Tri.TRUE) {
                    p.yes++;
                } else if (x == Tri.UNKNOWN) {
                    p.maybe++;
                }
                continue;
            }
            // every: the claim decides when the entity is surely in scope; a claim that holds holds
            // whatever the scope. no: the entity fails when it is in scope and has the claim.
            byte verdict = every ? (h == Tri.TRUE ? Tri.TRUE : w == Tri.TRUE ? h : Tri.UNKNOWN)
                    : Tri.not(Tri.and(w, h));
            if (verdict == Tri.TRUE) {
                p.passed++;
            } else if (verdict == Tri.FALSE) {
                p.fail(e);
            } else {
                p.unknown(e);
            }
        }
        return p;
    }

    static Partial merge(Iterable<Partial> parts) {
        Partial all = new Partial();
        for (Partial p : parts) {
            all.inScope += p.inScope;
            all.passed += p.passed;
            all.yes += p.yes;
            all.maybe += p.maybe;
            for (int i = 0; i < p.failedCount; i++) {
                all.fail(p.failed[i]);
            }
            for (int i = 0; i < p.unknownCount; i++) {
                all.unknown(p.unknown[i]);
            }
        }
        return all;
    }
}
