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
        this.columnar = range instanceof PathNode p && p.isDirectRelation() && ownTest(filter)
                && (ownTest(claim) || claim instanceof Compare.Member);
    }

    /**
     * The range is one sure relation and filter and claim are each absent or an attribute of the
     * element compared with a constant ({@code some subnet with default_route_target == "nat"}),
     * or the claim is a membership test ({@code every subnet has az in svc.load_balancer.subnet.az}):
     * over a block, each element is then tested straight from the column, or by the membership
     * node called as what it is, rather than through the general per-element path.
     */
    private final boolean columnar;

    private boolean ownTest(Cond c) {
        return c == null || c instanceof AttributeTest t && t.slot() == slot;
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
        int named = 0;
        org.invar.model.EntityTable identities = range instanceof PathNode p ? p.identities() : null;
        byte result = Tri.TRUE;
        for (int i = 0; i < n; i++) {
            c.entity[slot] = (int) c.buf[base + i];
            byte member = c.state[base + i] == Column.PRESENT ? Tri.TRUE : Tri.UNKNOWN;
            byte x = element(c, member);
            if (x == Tri.TRUE) {
                yes++;
                if (identities != null && identities.symbolic(c.entity[slot]) == null) {
                    named++;
                }
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
        if (identities != null && quantifier.kind() != Quantifier.Kind.EVERY
                && quantifier.kind() != Quantifier.Kind.NO) {
            int sure = surelyDifferent(yes, named);
            maybe += yes - sure;
            yes = sure;
        }
        return verdict(quantifier, yes, maybe, incomplete);
    }

    /**
     * Over a block, row by row through this class's own loop. Laying the ranges' elements out as
     * a block of their own was measured slower on the design's rules, where a range holds two or
     * three entities: the extra passes over the elements cost more than the calls they save.
     */
    @Override
    public void test(Block b, int[] sel, int n, byte[] out) {
        if (columnar) {
            columnar(b, sel, n, out);
            return;
        }
        Ctx c = b.ctx;
        for (int i = 0; i < n; i++) {
            int r = sel[i];
            b.load(r);
            out[r] = test(c);
        }
    }

    /**
     * Block evaluation of the {@link #columnar} shapes: {@link #direct} with the tests inlined,
     * one loop for attribute tests and one for a membership claim, so that each stays small.
     */
    private void columnar(Block b, int[] sel, int n, byte[] out) {
        if (claim instanceof Compare.Member m) {
            columnarMember(b, sel, n, out, m);
        } else {
            columnarTests(b, sel, n, out);
        }
    }

    /** Filter and claim each absent or an attribute test of the element. */
    private void columnarTests(Block b, int[] sel, int n, byte[] out) {
        PathNode p = (PathNode) range;
        org.invar.model.Relation r = p.steps()[0];
        int[] from = b.slots[p.startSlot()];
        AttributeTest f = (AttributeTest) filter;
        AttributeTest h = (AttributeTest) claim;
        boolean every = quantifier.kind() == Quantifier.Kind.EVERY;
        boolean no = quantifier.kind() == Quantifier.Kind.NO;
        if (every || no) {
            // No counting: a row is false at the first element that decides it (for every one
            // that fails, for no one that holds), else unknown if an element might, else true.
            byte decides = every ? Tri.FALSE : Tri.TRUE;
            for (int i = 0; i < n; i++) {
                int row = sel[i];
                int e = from[row];
                byte verdict = Tri.TRUE;
                for (int s = r.start(e), end = r.end(e); s < end; s++) {
                    int t = r.target(s);
                    byte w = f == null ? Tri.TRUE : f.on(t);
                    byte x = counted(every, w, w == Tri.FALSE || h == null ? Tri.TRUE : h.on(t));
                    if (x == decides) {
                        verdict = Tri.FALSE;
                        break;
                    }
                    if (x == Tri.UNKNOWN) {
                        verdict = Tri.UNKNOWN;
                    }
                }
                out[row] = verdict;
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            int row = sel[i];
            int e = from[row];
            int yes = 0;
            int maybe = 0;
            boolean decided = false;
            for (int s = r.start(e), end = r.end(e); s < end; s++) {
                int t = r.target(s);
                byte w = f == null ? Tri.TRUE : f.on(t);
                byte x = counted(every, w, w == Tri.FALSE || h == null ? Tri.TRUE : h.on(t));
                if (x == Tri.TRUE) {
                    yes++;
                } else if (x == Tri.UNKNOWN) {
                    maybe++;
                } else if (every) {
                    decided = true;
                    break;
                }
                if (no && yes > 0) {
                    decided = true;
                    break;
                }
            }
            out[row] = decided ? Tri.FALSE : verdict(quantifier, yes, maybe, false);
        }
    }

    /**
     * A membership claim ({@code every subnet has az in svc.load_balancer.subnet.az}). Where its
     * needle is a sure to-one path from the element to an entity and its haystack a sure path to
     * entities, the needle is read and the haystack searched here, with nothing to note; the
     * general way is taken where the needle is not one entity (none, or several).
     */
    private void columnarMember(Block b, int[] sel, int n, byte[] out, Compare.Member member) {
        PathNode p = (PathNode) range;
        org.invar.model.Relation r = p.steps()[0];
        int[] from = b.slots[p.startSlot()];
        AttributeTest f = (AttributeTest) filter;
        PathNode needle = !member.numeric() && member.needle() instanceof PathNode np && np.certain()
                && np.attribute() == null && np.startSlot() == slot ? np : null;
        PathNode haystack = needle != null && member.haystack() instanceof PathNode hp && hp.certain()
                && hp.attribute() == null ? hp : null;
        boolean negate = member.negate();
        Ctx c = b.ctx;
        boolean every = quantifier.kind() == Quantifier.Kind.EVERY;
        boolean no = quantifier.kind() == Quantifier.Kind.NO;
        for (int i = 0; i < n; i++) {
            int row = sel[i];
            int e = from[row];
            b.load(row);
            int start = haystack == null ? 0 : c.entity[haystack.startSlot()];
            int yes = 0;
            int maybe = 0;
            boolean decided = false;
            for (int s = r.start(e), end = r.end(e); s < end; s++) {
                int t = r.target(s);
                byte w = f == null ? Tri.TRUE : f.on(t);
                byte held = Tri.TRUE;
                if (w != Tri.FALSE) {
                    c.entity[slot] = t;
                    int wanted = haystack == null ? -1 : needle.single(t);
                    if (wanted >= 0) {
                        held = Tri.of(haystack.reaches(haystack.startSlot() == slot ? t : start, wanted) != negate);
                    } else {
                        held = member.test(c);
                    }
                }
                byte x = counted(every, w, held);
                if (x == Tri.TRUE) {
                    yes++;
                } else if (x == Tri.UNKNOWN) {
                    maybe++;
                } else if (every) {
                    decided = true;
                    break;
                }
                if (no && yes > 0) {
                    decided = true;
                    break;
                }
            }
            out[row] = decided ? Tri.FALSE : verdict(quantifier, yes, maybe, false);
        }
    }

    /**
     * What one element counts as, from its filter {@code w} and claim {@code held}: for every,
     * "filter implies claim" (false is a failure); for the others, "filter and claim".
     */
    private static byte counted(boolean every, byte w, byte held) {
        if (w == Tri.FALSE) {
            return every ? Tri.TRUE : Tri.FALSE;
        }
        return every ? Tri.or(Tri.not(w), held) : Tri.and(w, held);
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
    /**
     * Of {@code yes} counted entities of which {@code named} are not symbolic, how many surely
     * differ: a symbolic entity (the zone of a subnet whose zone is not known) may be one of the
     * others, named entities differ from each other, and there is at least one when any counted.
     */
    static int surelyDifferent(int yes, int named) {
        return Math.max(Math.max(named, 0), Math.min(yes, 1));
    }

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
