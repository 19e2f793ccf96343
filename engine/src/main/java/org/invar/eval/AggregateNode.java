package org.invar.eval;

import java.util.Arrays;
import org.invar.check.Type;
import org.invar.dsl.ast.Aggregate;
import org.invar.model.Column;
import org.invar.schema.ValueType;

/**
 * count, sum, min, max and avg over a path, optionally of distinct values and filtered by a
 * condition on the entity that owns each value. A value that is unknown, or a collection that
 * may be incomplete, makes the result unknown. {@code count} counts the values that are set;
 * the others are unknown when a value is missing, so a missing number is never read as none.
 */
final class AggregateNode implements Scalar {
    private final Aggregate.Function function;
    private final boolean distinct;
    private final Coll entities;
    private final Coll values;
    private final int slot;
    private final Cond filter;
    private final PathNode.Attribute attribute;
    private final Type element;
    private final Type type;
    /** The elements' table when they are entities some of which are symbolic, else null. */
    private final org.invar.model.EntityTable identities;

    /**
     * Without a filter, {@code values} lays out the elements. With one, {@code entities} lays out
     * the owners, each is put in {@code slot} and tested, and {@code attribute} (or the entity
     * itself when null) is the element.
     */
    AggregateNode(Aggregate.Function function, boolean distinct, Coll values, Coll entities, int slot, Cond filter,
                  PathNode.Attribute attribute, Type element, Type type, org.invar.model.EntityTable identities) {
        this.identities = identities;
        this.function = function;
        this.distinct = distinct;
        this.values = values;
        this.entities = entities;
        this.slot = slot;
        this.filter = filter;
        this.attribute = attribute;
        this.element = element;
        this.type = type;
        this.sure = values instanceof PathNode p && p.certain() && p.attribute() == null;
        this.countsSurePath = sure && filter == null && function == Aggregate.Function.COUNT;
    }

    /** The values are entities along a sure path: every one present, none missing. */
    private final boolean sure;
    /**
     * {@code count(p)} or {@code count(distinct p)} over a sure path to entities: over a block,
     * each row's count comes straight from the index arrays, with nothing to check on the way.
     */
    private final boolean countsSurePath;

    @Override
    public Type type() {
        return type;
    }

    @Override
    public long bits(Ctx c) {
        int base = c.top;
        c.incomplete = false;
        int n = filter == null ? values.collect(c) : filtered(c, base);
        boolean incomplete = c.incomplete;
        long result = reduce(c, base, n, incomplete);
        c.top = base;
        return result;
    }

    /** Row by row, but through this class's own loop, so the JIT sees one kind of node here. */
    @Override
    public void bits(Block b, int[] sel, int n, long[] out, byte[] status) {
        if (countsSurePath) {
            countSurePath(b, sel, n, out, status);
            return;
        }
        Ctx c = b.ctx;
        for (int i = 0; i < n; i++) {
            int r = sel[i];
            b.load(r);
            out[r] = bits(c);
            status[r] = c.status;
        }
    }

    /**
     * The {@link #countsSurePath} shape over a block: each row's entities gathered into one
     * scratch array (no stack, no states: a sure path has no unknown or missing element) and
     * counted; a row reaching more than the array holds goes the general way.
     */
    private void countSurePath(Block b, int[] sel, int n, long[] out, byte[] status) {
        PathNode p = (PathNode) values;
        int[] from = b.slots[p.startSlot()];
        Scratch s = b.scratch;
        long mark = s.mark();
        long[] buf = s.longs(Block.SIZE);
        for (int i = 0; i < n; i++) {
            int r = sel[i];
            int k = p.reached(from[r], buf);
            if (k < 0) {
                b.load(r);
                out[r] = bits(b.ctx);
                status[r] = b.ctx.status;
                continue;
            }
            out[r] = distinct ? distinctCountOnly(buf, 0, k) : k;
            status[r] = Column.PRESENT;
        }
        s.release(mark);
    }

    /** Lays out the owners, then keeps (in place) the elements of those that pass the filter. */
    private int filtered(Ctx c, int base) {
        int n = entities.collect(c);
        boolean incomplete = c.incomplete;
        int kept = 0;
        int saved = c.entity[slot];
        for (int i = 0; i < n; i++) {
            int e = (int) c.buf[base + i];
            byte exists = c.state[base + i];
            c.entity[slot] = e;
            int top = c.top;
            byte pass = Tri.and(exists == Column.PRESENT ? Tri.TRUE : Tri.UNKNOWN, filter.test(c));
            c.top = top;
            if (pass == Tri.FALSE) {
                continue;
            }
            long bits = e;
            byte state = Column.PRESENT;
            if (attribute != null) {
                bits = attribute.column().longAt(e);
                state = attribute.column().state(e);
                if (state != Column.PRESENT) {
                    c.noteUnknown(attribute.table(), e, attribute.name(),
                            state == Column.UNKNOWN ? attribute.column().unknownReason(e) : null);
                }
            }
            if (pass == Tri.UNKNOWN) {
                state = Column.UNKNOWN;
            }
            c.buf[base + kept] = bits;
            c.state[base + kept] = state;
            kept++;
        }
        c.entity[slot] = saved;
        c.top = base + kept;
        c.incomplete = incomplete;
        return kept;
    }

    private long reduce(Ctx c, int base, int n, boolean incomplete) {
        int unknown = 0;
        int absent = 0;
        int present = 0;
        if (sure && filter == null) {
            present = n;
            n = 0;
        }
        for (int i = base; i < base + n; i++) {
            if (c.state[i] == Column.PRESENT) {
                c.buf[base + present] = c.buf[i];
                present++;
            } else if (c.state[i] == Column.ABSENT) {
                absent++;
            } else {
                unknown++;
            }
        }
        if (function == Aggregate.Function.COUNT) {
            if (unknown > 0 || incomplete) {
                c.status = Column.UNKNOWN;
                return 0;
            }
            if (distinct && identities != null) {
                return distinctEntities(c, base, present);
            }
            c.status = Column.PRESENT;
            return distinct ? distinctCountOnly(c.buf, base, present) : present;
        }
        if (unknown > 0 || absent > 0 || incomplete) {
            c.status = Column.UNKNOWN;
            return 0;
        }
        if (distinct) {
            present = distinctCount(c, base, present);
        }
        boolean decimal = element.scalar() == ValueType.DECIMAL;
        if (present == 0) {
            if (function == Aggregate.Function.SUM) {
                c.status = Column.PRESENT;
                return decimal ? Double.doubleToLongBits(0.0) : 0;
            }
            c.status = Column.ABSENT;
            c.noteUnknown(null, 0, null, function.word() + "(...) of nothing");
            return 0;
        }
        c.status = Column.PRESENT;
        if (!decimal && function != Aggregate.Function.AVG) {
            long acc = c.buf[base];
            try {
                for (int i = base + 1; i < base + present; i++) {
                    long v = c.buf[i];
                    acc = switch (function) {
                        case SUM -> Math.addExact(acc, v);
                        case MIN -> Math.min(acc, v);
                        case MAX -> Math.max(acc, v);
                        case COUNT, AVG -> throw new IllegalStateException(function + " is not folded here");
                    };
                }
            } catch (ArithmeticException overflow) {
                c.status = Column.UNKNOWN;
                c.noteUnknown(null, 0, null, "the sum is too large for a whole number");
                return 0;
            }
            return acc;
        }
        double acc = Scalar.asDouble(element, c.buf[base]);
        for (int i = base + 1; i < base + present; i++) {
            double v = Scalar.asDouble(element, c.buf[i]);
            acc = switch (function) {
                case SUM, AVG -> acc + v;
                case MIN -> Math.min(acc, v);
                case MAX -> Math.max(acc, v);
                case COUNT -> throw new IllegalStateException("count is not folded here");
            };
        }
        if (function == Aggregate.Function.AVG) {
            acc /= present;
        }
        return Double.doubleToLongBits(acc);
    }

    /**
     * How many different values {@code buf[base..base+n-1]} holds. A few values (the usual: the
     * zones of a service's subnets) are compared pairwise rather than sorted.
     */
    private static int distinctCountOnly(long[] buf, int base, int n) {
        if (n > 16) {
            Arrays.sort(buf, base, base + n);
            int kept = n == 0 ? 0 : 1;
            for (int i = base + 1; i < base + n; i++) {
                if (buf[i] != buf[i - 1]) {
                    kept++;
                }
            }
            return kept;
        }
        int kept = 0;
        for (int i = base; i < base + n; i++) {
            long v = buf[i];
            boolean seen = false;
            for (int j = base; j < i && !seen; j++) {
                seen = buf[j] == v;
            }
            if (!seen) {
                kept++;
            }
        }
        return kept;
    }

    /**
     * {@code count(distinct p)} of entities some of which are symbolic: how many different ones,
     * unknown when two of them may be one (the zones of two subnets whose zones are not known,
     * and not known to differ).
     */
    private long distinctEntities(Ctx c, int base, int n) {
        int kept = distinctCount(c, base, n);
        for (int i = base; i < base + kept; i++) {
            for (int j = i + 1; j < base + kept; j++) {
                if (identities.mayBeSame((int) c.buf[i], (int) c.buf[j])) {
                    c.noteUnknown(null, 0, null, identities.sameReason((int) c.buf[i], (int) c.buf[j]));
                    c.status = Column.UNKNOWN;
                    return 0;
                }
            }
        }
        c.status = Column.PRESENT;
        return kept;
    }

    /** Sorts the present values in place and keeps one of each; returns how many remain. */
    private static int distinctCount(Ctx c, int base, int n) {
        if (n < 2) {
            return n;
        }
        Arrays.sort(c.buf, base, base + n);
        int kept = 1;
        for (int i = base + 1; i < base + n; i++) {
            if (c.buf[i] != c.buf[base + kept - 1]) {
                c.buf[base + kept++] = c.buf[i];
            }
        }
        return kept;
    }
}
