package org.invar.eval;

import java.util.regex.Pattern;
import org.invar.dsl.ast.Comparison;
import org.invar.model.Column;
import org.invar.model.EntityTable;
import org.invar.schema.ValueType;

/** Comparisons. Anything compared with an absent or unknown value is unknown. */
final class Compare {
    private Compare() {
    }

    /** Whether two element bits are equal, given their types (ints and decimals compare as numbers). */
    static boolean equal(boolean numeric, org.invar.check.Type lt, long a, org.invar.check.Type rt, long b) {
        if (numeric) {
            return Scalar.asDouble(lt, a) == Scalar.asDouble(rt, b);
        }
        return a == b;
    }

    /**
     * Orders two numbers as numbers: {@code -0.0} equals {@code 0.0} (as {@code ==} and membership
     * have it), which {@link Double#compare} alone would tell apart, so that {@code 0 / (0 - 1) == 0}.
     */
    static int compareNumbers(double x, double y) {
        return x == y ? 0 : Double.compare(x, y);
    }

    static boolean mixedNumeric(org.invar.check.Type a, org.invar.check.Type b) {
        return a.isNumeric() && b.isNumeric() && a.scalar() != b.scalar();
    }

    /** Order and equality of numbers. */
    record Numbers(Comparison.Operator op, Scalar left, Scalar right, boolean decimal) implements Cond {
        @Override
        public byte test(Ctx c) {
            long a = left.bits(c);
            if (c.status != Column.PRESENT) {
                return Tri.UNKNOWN;
            }
            long b = right.bits(c);
            if (c.status != Column.PRESENT) {
                return Tri.UNKNOWN;
            }
            int cmp = decimal ? compareNumbers(Scalar.asDouble(left.type(), a), Scalar.asDouble(right.type(), b))
                    : Long.compare(a, b);
            return holds(op, cmp);
        }

        @Override
        public void test(Block b, int[] sel, int n, byte[] out) {
            Scratch s = b.scratch;
            long mark = s.mark();
            long[] x = s.longs(b.size);
            long[] y = s.longs(b.size);
            int[] both = s.ints(n);
            int k = operands(b, sel, n, left, right, x, y, both, out);
            if (decimal) {
                org.invar.check.Type lt = left.type();
                org.invar.check.Type rt = right.type();
                for (int i = 0; i < k; i++) {
                    int r = both[i];
                    out[r] = holds(op, compareNumbers(Scalar.asDouble(lt, x[r]), Scalar.asDouble(rt, y[r])));
                }
            } else {
                for (int i = 0; i < k; i++) {
                    int r = both[i];
                    out[r] = holds(op, Long.compare(x[r], y[r]));
                }
            }
            s.release(mark);
        }
    }

    static byte holds(Comparison.Operator op, int cmp) {
        return Tri.of(switch (op) {
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
            case IN, NOT_IN, CONTAINS, MATCHES -> throw new IllegalArgumentException("not an order: " + op);
        });
    }

    /**
     * Reads both operands of a comparison over the rows, the right one only where the left is
     * present, as row by row. Rows where either is not present are unknown in {@code out}; the
     * others are listed in {@code both}, and their count returned.
     */
    private static int operands(Block b, int[] sel, int n, Scalar left, Scalar right, long[] x, long[] y, int[] both,
                                byte[] out) {
        Scratch s = b.scratch;
        byte[] status = s.bytes(b.size);
        left.bits(b, sel, n, x, status);
        int k = 0;
        for (int i = 0; i < n; i++) {
            int r = sel[i];
            if (status[r] != Column.PRESENT) {
                out[r] = Tri.UNKNOWN;
            } else {
                both[k++] = r;
            }
        }
        right.bits(b, both, k, y, status);
        int m = 0;
        for (int i = 0; i < k; i++) {
            int r = both[i];
            if (status[r] != Column.PRESENT) {
                out[r] = Tri.UNKNOWN;
            } else {
                both[m++] = r;
            }
        }
        return m;
    }

    /** Equality of values with one representation: strings (pool codes), bools, entities. */
    record SameBits(boolean negate, Scalar left, Scalar right, EntityTable identities) implements Cond {
        @Override
        public byte test(Ctx c) {
            long a = left.bits(c);
            if (c.status != Column.PRESENT) {
                return Tri.UNKNOWN;
            }
            long b = right.bits(c);
            if (c.status != Column.PRESENT) {
                return Tri.UNKNOWN;
            }
            if (identities != null && identities.mayBeSame((int) a, (int) b)) {
                c.noteUnknown(null, 0, null, identities.sameReason((int) a, (int) b));
                return Tri.UNKNOWN;
            }
            return Tri.of((a == b) != negate);
        }

        @Override
        public void test(Block b, int[] sel, int n, byte[] out) {
            Scratch s = b.scratch;
            long mark = s.mark();
            long[] x = s.longs(b.size);
            long[] y = s.longs(b.size);
            int[] both = s.ints(n);
            int k = operands(b, sel, n, left, right, x, y, both, out);
            for (int i = 0; i < k; i++) {
                int r = both[i];
                out[r] = identities != null && identities.mayBeSame((int) x[r], (int) y[r]) ? Tri.UNKNOWN
                        : Tri.of((x[r] == y[r]) != negate);
            }
            s.release(mark);
        }
    }

    /**
     * {@code x in coll}, {@code x not in coll}, {@code coll contains x}: true on a match; otherwise
     * unknown if an element is unknown or the collection may be incomplete. Absent values are not
     * elements.
     */
    record Member(boolean negate, Scalar needle, Coll haystack, boolean numeric, EntityTable identities)
            implements Cond {
        @Override
        public byte test(Ctx c) {
            long x = needle.bits(c);
            if (c.status != Column.PRESENT) {
                return Tri.UNKNOWN;
            }
            if (!numeric && haystack instanceof PathNode p && p.certain()) {
                byte found = p.containsBits(c, x);
                return negate ? Tri.not(found) : found;
            }
            byte found = among(c, x);
            return negate ? Tri.not(found) : found;
        }

        /** The needle once per block; a sure path searched from each row's start entity. */
        @Override
        public void test(Block b, int[] sel, int n, byte[] out) {
            Scratch s = b.scratch;
            long mark = s.mark();
            long[] x = s.longs(b.size);
            byte[] status = s.bytes(b.size);
            needle.bits(b, sel, n, x, status);
            Ctx c = b.ctx;
            PathNode sure = !numeric && haystack instanceof PathNode p && p.certain() ? (PathNode) haystack : null;
            int[] from = sure == null ? null : b.slots[sure.startSlot()];
            for (int i = 0; i < n; i++) {
                int r = sel[i];
                byte found;
                if (status[r] != Column.PRESENT) {
                    found = Tri.UNKNOWN;
                } else if (sure != null) {
                    found = sure.containsBits(c, from[r], x[r]);
                } else {
                    b.load(r);
                    found = among(c, x[r]);
                }
                out[r] = negate ? Tri.not(found) : found;
            }
            s.release(mark);
        }

        /** Whether the haystack, laid out, holds the needle's bits. */
        private byte among(Ctx c, long x) {
            int base = c.top;
            c.incomplete = false;
            int n = haystack.collect(c);
            byte found = Tri.FALSE;
            for (int i = base; i < base + n; i++) {
                if (c.state[i] == Column.UNKNOWN) {
                    found = Tri.UNKNOWN;
                } else if (c.state[i] == Column.ABSENT) {
                    continue;
                } else if (equal(numeric, needle.type(), x, haystack.element(), c.buf[i])) {
                    found = Tri.TRUE;
                    break;
                }
            }
            if (found == Tri.FALSE && identities != null) {
                for (int i = base; i < base + n; i++) {
                    if (c.state[i] == Column.PRESENT && identities.mayBeSame((int) x, (int) c.buf[i])) {
                        c.noteUnknown(null, 0, null, identities.sameReason((int) x, (int) c.buf[i]));
                        found = Tri.UNKNOWN;
                        break;
                    }
                }
            }
            if (found == Tri.FALSE && c.incomplete) {
                found = Tri.UNKNOWN;
            }
            c.top = base;
            return found;
        }
    }

    /** {@code "text" contains "x"}: substring. */
    record Substring(Scalar text, Scalar part) implements Cond {
        @Override
        public byte test(Ctx c) {
            long a = text.bits(c);
            if (c.status != Column.PRESENT) {
                return Tri.UNKNOWN;
            }
            String haystack = Compare.text(c, text, a);
            long b = part.bits(c);
            if (c.status != Column.PRESENT) {
                return Tri.UNKNOWN;
            }
            return Tri.of(haystack.contains(Compare.text(c, part, b)));
        }
    }

    /** {@code text matches "regex"}: the whole string matches. */
    record Matches(Scalar text, Pattern pattern) implements Cond {
        @Override
        public byte test(Ctx c) {
            long a = text.bits(c);
            if (c.status != Column.PRESENT) {
                return Tri.UNKNOWN;
            }
            return Tri.of(pattern.matcher(Compare.text(c, text, a)).matches());
        }
    }

    /** The text of a string value: a constant's own, or the model's pooled string. */
    static String text(Ctx c, Scalar node, long bits) {
        if (node instanceof Constant k && k.text != null) {
            return k.text;
        }
        return c.model.strings().string((int) bits);
    }

    static boolean isString(org.invar.check.Type t) {
        return t.isScalar() && t.scalar() == ValueType.STRING;
    }
}
