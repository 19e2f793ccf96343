package org.invar.eval;

import org.invar.model.Column;

/** The connectives and the ways a value becomes a condition. */
final class Logic {
    private Logic() {
    }

    /** Kleene {@code and}, evaluating the right side only when the left does not decide. */
    record And(Cond left, Cond right) implements Cond {
        @Override
        public byte test(Ctx c) {
            byte a = left.test(c);
            if (a == Tri.FALSE) {
                return Tri.FALSE;
            }
            return Tri.and(a, right.test(c));
        }

        /** The right side only on the rows the left did not decide. */
        @Override
        public void test(Block b, int[] sel, int n, byte[] out) {
            left.test(b, sel, n, out);
            undecided(b, sel, n, out, Tri.FALSE, right, true);
        }
    }

    record Or(Cond left, Cond right) implements Cond {
        @Override
        public byte test(Ctx c) {
            byte a = left.test(c);
            if (a == Tri.TRUE) {
                return Tri.TRUE;
            }
            return Tri.or(a, right.test(c));
        }

        @Override
        public void test(Block b, int[] sel, int n, byte[] out) {
            left.test(b, sel, n, out);
            undecided(b, sel, n, out, Tri.TRUE, right, false);
        }
    }

    /**
     * Tests {@code right} on the rows whose left verdict in {@code out} is not {@code decided},
     * and combines: Kleene and when {@code and}, else or.
     */
    private static void undecided(Block b, int[] sel, int n, byte[] out, byte decided, Cond right, boolean and) {
        Scratch s = b.scratch;
        long mark = s.mark();
        int[] rest = s.ints(n);
        int k = 0;
        for (int i = 0; i < n; i++) {
            int r = sel[i];
            if (out[r] != decided) {
                rest[k++] = r;
            }
        }
        if (k > 0) {
            byte[] second = s.bytes(b.size);
            right.test(b, rest, k, second);
            for (int i = 0; i < k; i++) {
                int r = rest[i];
                out[r] = and ? Tri.and(out[r], second[r]) : Tri.or(out[r], second[r]);
            }
        }
        s.release(mark);
    }

    record Not(Cond operand) implements Cond {
        @Override
        public byte test(Ctx c) {
            return Tri.not(operand.test(c));
        }

        @Override
        public void test(Block b, int[] sel, int n, byte[] out) {
            operand.test(b, sel, n, out);
            for (int i = 0; i < n; i++) {
                int r = sel[i];
                out[r] = Tri.not(out[r]);
            }
        }
    }

    /** A bool value; absent or unknown is unknown. */
    record BoolValue(Scalar value) implements Cond {
        @Override
        public byte test(Ctx c) {
            long bits = value.bits(c);
            return c.status == Column.PRESENT ? Tri.of(bits != 0) : Tri.UNKNOWN;
        }

        @Override
        public void test(Block b, int[] sel, int n, byte[] out) {
            Scratch s = b.scratch;
            long mark = s.mark();
            long[] bits = s.longs(b.size);
            byte[] status = s.bytes(b.size);
            value.bits(b, sel, n, bits, status);
            for (int i = 0; i < n; i++) {
                int r = sel[i];
                out[r] = status[r] == Column.PRESENT ? Tri.of(bits[r] != 0) : Tri.UNKNOWN;
            }
            s.release(mark);
        }
    }

    /** A to-one relation in a boolean place: whether it leads somewhere. */
    record Exists(Scalar entity) implements Cond {
        @Override
        public byte test(Ctx c) {
            entity.bits(c);
            return present(c.status);
        }

        @Override
        public void test(Block b, int[] sel, int n, byte[] out) {
            presence(b, sel, n, out, entity, true);
        }
    }

    /** Whether a value with this status is there: present, absent or unknown. */
    static byte present(byte status) {
        return switch (status) {
            case Column.PRESENT -> Tri.TRUE;
            case Column.ABSENT -> Tri.FALSE;
            default -> Tri.UNKNOWN;
        };
    }

    /** Whether each row's value is there ({@code set}) or not. */
    private static void presence(Block b, int[] sel, int n, byte[] out, Scalar value, boolean set) {
        Scratch s = b.scratch;
        long mark = s.mark();
        long[] bits = s.longs(b.size);
        byte[] status = s.bytes(b.size);
        value.bits(b, sel, n, bits, status);
        for (int i = 0; i < n; i++) {
            int r = sel[i];
            byte p = present(status[r]);
            out[r] = set ? p : Tri.not(p);
        }
        s.release(mark);
    }

    /**
     * A to-many relation in a boolean place: whether it is non-empty. An absent value is not an
     * element; an unknown one (or an entity that may not exist) makes an empty answer unknown.
     */
    record NonEmpty(Coll collection) implements Cond {
        @Override
        public byte test(Ctx c) {
            if (collection instanceof PathNode p && p.isDirectRelation()) {
                return Tri.of(p.steps()[0].count(c.entity[p.startSlot()]) > 0);
            }
            int base = c.top;
            c.incomplete = false;
            int n = collection.collect(c);
            byte result = Tri.FALSE;
            for (int i = base; i < base + n; i++) {
                if (c.state[i] == Column.PRESENT) {
                    result = Tri.TRUE;
                    break;
                }
                if (c.state[i] == Column.UNKNOWN) {
                    result = Tri.UNKNOWN;
                }
            }
            if (result == Tri.FALSE && c.incomplete) {
                result = Tri.UNKNOWN;
            }
            c.top = base;
            return result;
        }

        /** Over one sure relation, the counts straight from its index array. */
        @Override
        public void test(Block b, int[] sel, int n, byte[] out) {
            if (!(collection instanceof PathNode p && p.isDirectRelation())) {
                Cond.super.test(b, sel, n, out);
                return;
            }
            org.invar.model.Relation r = p.steps()[0];
            int[] from = b.slots[p.startSlot()];
            for (int i = 0; i < n; i++) {
                int row = sel[i];
                out[row] = Tri.of(r.count(from[row]) > 0);
            }
        }
    }

    /** {@code path is set} / {@code path is missing}; a collection is set when it is non-empty. */
    static final class Presence implements Cond {
        private final Scalar single;
        private final Cond nonEmpty;
        private final boolean set;

        Presence(Scalar single, Coll many, boolean set) {
            this.single = single;
            this.nonEmpty = many == null ? null : new NonEmpty(many);
            this.set = set;
        }

        @Override
        public byte test(Ctx c) {
            byte present;
            if (single != null) {
                single.bits(c);
                present = present(c.status);
            } else {
                present = nonEmpty.test(c);
            }
            return set ? present : Tri.not(present);
        }

        @Override
        public void test(Block b, int[] sel, int n, byte[] out) {
            if (single != null) {
                presence(b, sel, n, out, single, set);
                return;
            }
            nonEmpty.test(b, sel, n, out);
            if (!set) {
                for (int i = 0; i < n; i++) {
                    int r = sel[i];
                    out[r] = Tri.not(out[r]);
                }
            }
        }
    }
}
