package org.invar.eval;

import org.invar.check.Type;
import org.invar.model.Column;
import org.invar.schema.ValueType;

/**
 * {@code + - * /} on numbers. Ints stay ints except under division, which gives a decimal. A
 * result that does not fit (an int overflow, a division by zero) is unknown, never a wrong number.
 */
record Arithmetic(org.invar.dsl.ast.Arithmetic.Operator op, Scalar left, Scalar right, Type type) implements Scalar {
    @Override
    public long bits(Ctx c) {
        long a = left.bits(c);
        if (c.status != Column.PRESENT) {
            return 0;
        }
        long b = right.bits(c);
        if (c.status != Column.PRESENT) {
            return 0;
        }
        if (type.scalar() == ValueType.INT) {
            try {
                return switch (op) {
                    case ADD -> Math.addExact(a, b);
                    case SUBTRACT -> Math.subtractExact(a, b);
                    case MULTIPLY -> Math.multiplyExact(a, b);
                    case DIVIDE -> throw new IllegalStateException("a quotient is a decimal");
                };
            } catch (ArithmeticException overflow) {
                c.status = Column.UNKNOWN;
                c.noteUnknown(null, 0, null, "the result is too large for a whole number");
                return 0;
            }
        }
        double x = Scalar.asDouble(left.type(), a);
        double y = Scalar.asDouble(right.type(), b);
        double r = switch (op) {
            case ADD -> x + y;
            case SUBTRACT -> x - y;
            case MULTIPLY -> x * y;
            case DIVIDE -> x / y;
        };
        if (Double.isNaN(r) || Double.isInfinite(r)) {
            c.status = Column.UNKNOWN;
            c.noteUnknown(null, 0, null, "division by zero");
            return 0;
        }
        return Double.doubleToLongBits(r);
    }
}
