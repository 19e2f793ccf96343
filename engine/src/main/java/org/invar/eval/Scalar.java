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

    /**
     * Reads the rows {@code sel[0..n-1]} of a block: each row's bits and status at its index in
     * {@code out} and {@code status}. Must give what {@link #bits(Ctx)} gives row by row, as this
     * default does.
     */
    default void bits(Block b, int[] sel, int n, long[] out, byte[] status) {
        Ctx c = b.ctx;
        for (int i = 0; i < n; i++) {
            int r = sel[i];
            b.load(r);
            out[r] = bits(c);
            status[r] = c.status;
        }
    }

    /** The value as a double, for arithmetic and comparisons that mix ints and decimals. */
    static double asDouble(Type type, long bits) {
        return type.scalar() == org.invar.schema.ValueType.DECIMAL ? Double.longBitsToDouble(bits) : bits;
    }
}
