package org.invar.eval;

import org.invar.check.Type;
import org.invar.model.Column;

/** A literal or a param: the same bits every time. A string carries its text for text operations. */
final class Constant implements Scalar {
    private final Type type;
    private final long bits;
    final String text;

    Constant(Type type, long bits, String text) {
        this.type = type;
        this.bits = bits;
        this.text = text;
    }

    /** The bits; with a null context, for compile-time use. */
    @Override
    public long bits(Ctx c) {
        if (c != null) {
            c.status = Column.PRESENT;
        }
        return bits;
    }

    @Override
    public void bits(Block b, int[] sel, int n, long[] out, byte[] status) {
        for (int i = 0; i < n; i++) {
            int r = sel[i];
            out[r] = bits;
            status[r] = Column.PRESENT;
        }
    }

    @Override
    public Type type() {
        return type;
    }
}
