package org.invar.eval;

import org.invar.check.Type;
import org.invar.model.Column;

/** A list literal or list param. */
final class ConstantList implements Coll {
    private final Type element;
    private final long[] bits;

    ConstantList(Type element, long[] bits) {
        this.element = element;
        this.bits = bits;
    }

    @Override
    public int collect(Ctx c) {
        for (long b : bits) {
            c.push(b, Column.PRESENT);
        }
        return bits.length;
    }

    @Override
    public Type element() {
        return element;
    }
}
