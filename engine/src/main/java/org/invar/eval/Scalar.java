package org.invar.eval;

import org.invar.check.Type;

/**
 * A compiled single value, returned as raw bits whose meaning the static type gives: an int, a
 * decimal's double bits, a bool as 0 or 1, a string's pool code, an entity's index. The status
 * of the read is left in {@link Ctx#status}.
 */
interface Scalar {
    long bits(Ctx c);

    Type type();

    /** The value as a double, for arithmetic and comparisons that mix ints and decimals. */
    static double asDouble(Type type, long bits) {
        return type.scalar() == org.invar.schema.ValueType.DECIMAL ? Double.longBitsToDouble(bits) : bits;
    }
}
