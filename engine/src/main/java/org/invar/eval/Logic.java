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
    }

    record Not(Cond operand) implements Cond {
        @Override
        public byte test(Ctx c) {
            return Tri.not(operand.test(c));
        }
    }

    /** A bool value; absent or unknown is unknown. */
    record BoolValue(Scalar value) implements Cond {
        @Override
        public byte test(Ctx c) {
            long bits = value.bits(c);
            return c.status == Column.PRESENT ? Tri.of(bits != 0) : Tri.UNKNOWN;
        }
    }

    /** A to-one relation in a boolean place: whether it leads somewhere. */
    record Exists(Scalar entity) implements Cond {
        @Override
        public byte test(Ctx c) {
            entity.bits(c);
            return switch (c.status) {
                case Column.PRESENT -> Tri.TRUE;
                case Column.ABSENT -> Tri.FALSE;
                default -> Tri.UNKNOWN;
            };
        }
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
                present = switch (c.status) {
                    case Column.PRESENT -> Tri.TRUE;
                    case Column.ABSENT -> Tri.FALSE;
                    default -> Tri.UNKNOWN;
                };
            } else {
                present = nonEmpty.test(c);
            }
            return set ? present : Tri.not(present);
        }
    }
}
