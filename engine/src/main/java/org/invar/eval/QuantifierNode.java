package org.invar.eval;

import org.invar.dsl.ast.Quantifier;
import org.invar.model.Column;

/**
 * A nested quantifier: lays out the entities of its range, puts each in its slot, and counts how
 * many satisfy filter and claim, in three-valued logic. An entity that may not exist, or a range
 * that may be incomplete, counts as unknown.
 */
final class QuantifierNode implements Cond {
    private final Quantifier quantifier;
    private final Coll range;
    private final int slot;
    private final Cond filter;
    private final Cond claim;

    QuantifierNode(Quantifier quantifier, Coll range, int slot, Cond filter, Cond claim) {
        this.quantifier = quantifier;
        this.range = range;
        this.slot = slot;
        this.filter = filter;
        this.claim = claim;
    }

    @Override
    public byte test(Ctx c) {
        if (range instanceof PathNode p && p.isDirectRelation()) {
            return direct(c, p.steps()[0], c.entity[p.startSlot()]);
        }
        int base = c.top;
        c.incomplete = false;
        int n = range.collect(c);
        boolean incomplete = c.incomplete;
        int saved = c.entity[slot];
        int yes = 0;
        int maybe = 0;
        byte result = Tri.TRUE;
        for (int i = 0; i < n; i++) {
            c.entity[slot] = (int) c.buf[base + i];
            byte member = c.state[base + i] == Column.PRESENT ? Tri.TRUE : Tri.UNKNOWN;
            byte x = element(c, member);
            if (x == Tri.TRUE) {
                yes++;
            } else if (x == Tri.UNKNOWN) {
                maybe++;
            }
            if (decided(x, yes)) {
                result = Tri.FALSE;
                break;
            }
        }
        c.entity[slot] = saved;
        c.top = base;
        if (result == Tri.FALSE && (quantifier.kind() == Quantifier.Kind.EVERY
                || quantifier.kind() == Quantifier.Kind.NO)) {
            return Tri.FALSE;
        }
        return verdict(quantifier, yes, maybe, incomplete);
    }

    /**
     * Over a block: the elements of the selected rows' ranges become the rows of a child block
     * (carrying the outer rows' entities), filter and claim are tested on the child block, and
     * each outer row's elements are counted as row by row. Every element is tested, where row by
     * row stops at the first that decides; tests have no effects, so the verdicts are the same.
     */
    @Override
    public void test(Block b, int[] sel, int n, byte[] out) {
        int i = 0;
        while (i < n) {
            i = piece(b, sel, i, n, out);
        }
    }

    /** Rows of a child block at most, unless one outer row alone has more elements. */
    static final int PIECE = 1 << 15;

    /**
     * Evaluates the outer rows {@code sel[from..]} for as many as fit in one child block of
     * {@link #PIECE} rows (at least one) and returns where it stopped.
     */
    private int piece(Block b, int[] sel, int from, int n, byte[] out) {
        Ctx c = b.ctx;
        Scratch s = b.scratch;
        long mark = s.mark();
        int[] first = s.ints(n - from + 1);
        byte[] incomplete = null;
        int[] elements;
        byte[] member = null;
        int to = from;
        int total = 0;
        if (range instanceof PathNode p && p.isDirectRelation()) {
            org.invar.model.Relation r = p.steps()[0];
            int[] starts = b.slots[p.startSlot()];
            while (to < n && (to == from || total + r.count(starts[sel[to]]) <= PIECE)) {
                first[to - from] = total;
                total += r.count(starts[sel[to]]);
                to++;
            }
            first[to - from] = total;
            elements = s.ints(total);
            int k = 0;
            for (int j = from; j < to; j++) {
                int e = starts[sel[j]];
                for (int t = r.start(e), end = r.end(e); t < end; t++) {
                    elements[k++] = r.target(t);
                }
            }
        } else {
            // Any other range is laid out row after row on the context's stack, then copied.
            incomplete = s.bytes(n - from);
            c.top = 0;
            while (to < n && (to == from || c.top <= PIECE)) {
                first[to - from] = c.top;
                b.bind(sel[to]);
                c.incomplete = false;
                range.collect(c);
                incomplete[to - from] = (byte) (c.incomplete ? 1 : 0);
                to++;
            }
            total = c.top;
            first[to - from] = total;
            elements = s.ints(total);
            member = s.bytes(total);
            for (int k = 0; k < total; k++) {
                elements[k] = (int) c.buf[k];
                member[k] = c.state[k] == Column.PRESENT ? Tri.TRUE : Tri.UNKNOWN;
            }
            c.top = 0;
        }
        Block child = new Block(c, s, b.slots.length);
        child.size = total;
        for (int k = 0; k < b.slots.length; k++) {
            int[] outer = b.slots[k];
            if (outer == null || k == slot) {
                continue;
            }
            int[] inner = s.ints(total);
            for (int j = from; j < to; j++) {
                java.util.Arrays.fill(inner, first[j - from], first[j - from + 1], outer[sel[j]]);
            }
            child.slots[k] = inner;
        }
        child.slots[slot] = elements;
        byte[] x = elements(child, member);
        Quantifier.Kind kind = quantifier.kind();
        for (int j = from; j < to; j++) {
            int yes = 0;
            int maybe = 0;
            boolean decided = false;
            for (int k = first[j - from], end = first[j - from + 1]; k < end; k++) {
                byte v = x[k];
                if (v == Tri.TRUE) {
                    yes++;
                } else if (v == Tri.UNKNOWN) {
                    maybe++;
                } else if (kind == Quantifier.Kind.EVERY) {
                    decided = true;
                }
            }
            if (kind == Quantifier.Kind.NO && yes > 0) {
                decided = true;
            }
            out[sel[j]] = decided ? Tri.FALSE
                    : verdict(quantifier, yes, maybe, incomplete != null && incomplete[j - from] != 0);
        }
        s.release(mark);
        return to;
    }

    /** {@link #element} for every row of a child block; {@code member} null when all surely are. */
    private byte[] elements(Block child, byte[] member) {
        Scratch s = child.scratch;
        int total = child.size;
        int[] all = child.all();
        byte[] w = s.bytes(total);
        if (filter == null) {
            for (int k = 0; k < total; k++) {
                w[k] = member == null ? Tri.TRUE : member[k];
            }
        } else {
            filter.test(child, all, total, w);
            if (member != null) {
                for (int k = 0; k < total; k++) {
                    w[k] = Tri.and(member[k], w[k]);
                }
            }
        }
        byte[] h = s.bytes(total);
        int[] held = s.ints(total);
        int m = 0;
        for (int k = 0; k < total; k++) {
            if (w[k] != Tri.FALSE) {
                held[m++] = k;
            }
        }
        if (claim != null && m > 0) {
            claim.test(child, held, m, h);
        }
        boolean every = quantifier.kind() == Quantifier.Kind.EVERY;
        byte[] x = w;
        for (int k = 0; k < total; k++) {
            byte wk = w[k];
            if (wk == Tri.FALSE) {
                x[k] = every ? Tri.TRUE : Tri.FALSE;
                continue;
            }
            byte hk = claim == null ? Tri.TRUE : h[k];
            x[k] = every ? Tri.or(Tri.not(wk), hk) : Tri.and(wk, hk);
        }
        return x;
    }

    /** The same count over one sure relation, read straight from its index array. */
    private byte direct(Ctx c, org.invar.model.Relation r, int from) {
        int saved = c.entity[slot];
        int yes = 0;
        int maybe = 0;
        for (int s = r.start(from), end = r.end(from); s < end; s++) {
            c.entity[slot] = r.target(s);
            byte x = element(c, Tri.TRUE);
            if (x == Tri.TRUE) {
                yes++;
            } else if (x == Tri.UNKNOWN) {
                maybe++;
            }
            if (decided(x, yes)) {
                c.entity[slot] = saved;
                return Tri.FALSE;
            }
        }
        c.entity[slot] = saved;
        return verdict(quantifier, yes, maybe, false);
    }

    /**
     * For explaining a verdict: the first entity of the range that decided it (for every, one
     * that fails or might; for no, one that holds or might), left in the slot; -1 when no single
     * entity decided it (some, at least, at most, exactly).
     */
    int witness(Ctx c) {
        Quantifier.Kind kind = quantifier.kind();
        if (kind != Quantifier.Kind.EVERY && kind != Quantifier.Kind.NO) {
            return -1;
        }
        int base = c.top;
        int n = range.collect(c);
        int found = -1;
        for (int i = 0; i < n && found < 0; i++) {
            int e = (int) c.buf[base + i];
            c.entity[slot] = e;
            byte x = element(c, c.state[base + i] == Column.PRESENT ? Tri.TRUE : Tri.UNKNOWN);
            if (kind == Quantifier.Kind.EVERY ? x != Tri.TRUE : x != Tri.FALSE) {
                found = e;
            }
        }
        c.top = base;
        if (found >= 0) {
            c.entity[slot] = found;
        }
        return found;
    }

    int slot() {
        return slot;
    }

    /**
     * The three-valued fact counted for one element: for every, "filter implies claim" counted as
     * a failure when false; for the others, "filter and claim".
     */
    private byte element(Ctx c, byte member) {
        int top = c.top;
        byte w = filter == null ? member : Tri.and(member, filter.test(c));
        c.top = top;
        if (w == Tri.FALSE) {
            return quantifier.kind() == Quantifier.Kind.EVERY ? Tri.TRUE : Tri.FALSE;
        }
        byte h = claim == null ? Tri.TRUE : claim.test(c);
        c.top = top;
        if (quantifier.kind() == Quantifier.Kind.EVERY) {
            return Tri.or(Tri.not(w), h);
        }
        return Tri.and(w, h);
    }

    /** every stops at the first element that fails; no at the first that holds. */
    private boolean decided(byte x, int yes) {
        return switch (quantifier.kind()) {
            case EVERY -> x == Tri.FALSE;
            case NO -> yes > 0;
            default -> false;
        };
    }

    /**
     * The verdict from counts: {@code yes} elements surely count, {@code maybe} might; an
     * incomplete range might hold any number more. For every, yes counts elements that hold and
     * maybe those that might not.
     */
    static byte verdict(Quantifier q, int yes, int maybe, boolean incomplete) {
        int n = q.count();
        return switch (q.kind()) {
            case EVERY, NO -> maybe > 0 || incomplete ? Tri.UNKNOWN : Tri.TRUE;
            case SOME -> yes > 0 ? Tri.TRUE : (maybe > 0 || incomplete ? Tri.UNKNOWN : Tri.FALSE);
            case AT_LEAST -> yes >= n ? Tri.TRUE : yes + maybe >= n || incomplete ? Tri.UNKNOWN : Tri.FALSE;
            case AT_MOST -> yes > n ? Tri.FALSE : yes + maybe <= n && !incomplete ? Tri.TRUE : Tri.UNKNOWN;
            case EXACTLY -> yes > n ? Tri.FALSE : yes == n && maybe == 0 && !incomplete ? Tri.TRUE
                    : yes + maybe >= n || incomplete ? Tri.UNKNOWN : Tri.FALSE;
        };
    }
}
