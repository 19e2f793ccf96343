package org.invar.eval;

/** A compiled condition: {@link Tri#TRUE}, {@link Tri#FALSE} or {@link Tri#UNKNOWN}. */
interface Cond {
    byte test(Ctx c);

    /**
     * Tests the rows {@code sel[0..n-1]} of a block, writing each row's verdict at its index in
     * {@code out}; other rows of {@code out} are left alone. Must give what {@link #test(Ctx)}
     * gives row by row. This default does exactly that; nodes of common shapes do it as loops.
     */
    default void test(Block b, int[] sel, int n, byte[] out) {
        Ctx c = b.ctx;
        for (int i = 0; i < n; i++) {
            int r = sel[i];
            b.load(r);
            out[r] = test(c);
        }
    }
}
