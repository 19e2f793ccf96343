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

    /**
     * Evaluates entities {@code from} (inclusive) to {@code to} (exclusive), a block of
     * {@link Block#SIZE} entities at a time: the scope of the whole block, then the claim on the
     * entities in scope.
     */
    static Partial run(BoundRule rule, int from, int to) {
        Partial p = new Partial();
        Ctx c = rule.newContext();
        Block b = new Block(c, new Scratch(), rule.rule.slotCount());
        int[] entities = new int[Block.SIZE];
        int[] all = new int[Block.SIZE];
        int[] inScope = new int[Block.SIZE];
        byte[] w = new byte[Block.SIZE];
        byte[] h = new byte[Block.SIZE];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        b.slots[0] = entities;
        for (int lo = from; lo < to; lo += Block.SIZE) {
            int n = Math.min(Block.SIZE, to - lo);
            b.size = n;
            for (int i = 0; i < n; i++) {
                entities[i] = lo + i;
            }
            rule.scope(b, all, n, w);
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (w[i] != Tri.FALSE) {
                    inScope[k++] = i;
                }
            }
            if (k == 0) {
                continue;
            }
            rule.claim(b, inScope, k, h);
            if (rule.perEntity()) {
                p.recordEach(rule.every(), lo, inScope, k, w, h);
            } else {
                for (int j = 0; j < k; j++) {
                    int i = inScope[j];
                    p.record(rule, lo + i, w[i], h[i]);
                }
            }
        }
        return p;
    }

    /**
     * {@link #record} for the rows {@code inScope[0..k-1]} of a block of an every or no rule,
     * whose first entity is {@code lo}: the same verdicts, decided in one loop per block.
     */
    private void recordEach(boolean every, int lo, int[] inScope, int k, byte[] w, byte[] h) {
        this.inScope += k;
        int pass = 0;
        // every: the claim decides when the entity is surely in scope; a claim that holds holds
        // whatever the scope. no: the entity fails when it is in scope and has the claim.
        byte passes = every ? Tri.TRUE : Tri.FALSE;
        byte fails = every ? Tri.FALSE : Tri.TRUE;
        for (int j = 0; j < k; j++) {
            int i = inScope[j];
            byte claim = h[i];
            if (claim == passes) {
                pass++;
            } else if (claim == fails && w[i] == Tri.TRUE) {
                fail(lo + i);
            } else {
                unknown(lo + i);
            }
        }
        passed += pass;
    }

    /**
     * The same, one entity after another through the nodes' single-row paths: what block
     * evaluation must agree with, and what explaining a finding retraces.
     */
    static Partial runRowByRow(BoundRule rule, int from, int to) {
        Partial p = new Partial();
        Ctx c = rule.newContext();
        for (int e = from; e < to; e++) {
            c.entity[0] = e;
            byte w = rule.scope(c, e);
            if (w == Tri.FALSE) {
                continue;
            }
            p.record(rule, e, w, rule.claim(c));
        }
        return p;
    }

    /** Counts an entity in scope ({@code w} not false) with claim {@code h} towards the verdict. */
    private void record(BoundRule rule, int e, byte w, byte h) {
        inScope++;
        if (!rule.perEntity()) {
            byte x = Tri.and(w, h);
            if (x == Tri.TRUE) {
                yes++;
            } else if (x == Tri.UNKNOWN) {
                maybe++;
            }
            return;
        }
        // every: the claim decides when the entity is surely in scope; a claim that holds holds
        // whatever the scope. no: the entity fails when it is in scope and has the claim.
        byte verdict = rule.every() ? (h == Tri.TRUE ? Tri.TRUE : w == Tri.TRUE ? h : Tri.UNKNOWN)
                : Tri.not(Tri.and(w, h));
        if (verdict == Tri.TRUE) {
            passed++;
        } else if (verdict == Tri.FALSE) {
            fail(e);
        } else {
            unknown(e);
        }
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
