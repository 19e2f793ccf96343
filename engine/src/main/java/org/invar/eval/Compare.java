package org.invar.eval;

import java.util.regex.Pattern;
import org.invar.dsl.ast.Comparison;
import org.invar.model.Column;
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
            return Tri.of(switch (op) {
                case EQ -> cmp == 0;
                case NE -> cmp != 0;
                case LT -> cmp < 0;
                case LE -> cmp <= 0;
                case GT -> cmp > 0;
                default -> cmp >= 0;
            });
        }
    }

    /** Equality of values with one representation: strings (pool codes), bools, entities. */
    record SameBits(boolean negate, Scalar left, Scalar right) implements Cond {
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
            return Tri.of((a == b) != negate);
        }
    }

    /**
     * {@code x in coll}, {@code x not in coll}, {@code coll contains x}: true on a match; otherwise
     * unknown if an element is unknown or the collection may be incomplete. Absent values are not
     * elements.
     */
    record Member(boolean negate, Scalar needle, Coll haystack, boolean numeric) implements Cond {
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
            if (found == Tri.FALSE && c.incomplete) {
                found = Tri.UNKNOWN;
            }
            c.top = base;
            return negate ? Tri.not(found) : found;
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
