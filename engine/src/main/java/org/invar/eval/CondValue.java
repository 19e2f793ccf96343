package org.invar.eval;

import org.invar.check.Type;
import org.invar.model.Column;

/** A condition used as a bool value ({@code (a == b) == true}, a message placeholder). */
record CondValue(Cond cond) implements Scalar {
    @Override
    public long bits(Ctx c) {
        byte t = cond.test(c);
        c.status = t == Tri.UNKNOWN ? Column.UNKNOWN : Column.PRESENT;
        return t == Tri.TRUE ? 1 : 0;
    }

    @Override
    public Type type() {
        return Type.BOOL;
    }
}
