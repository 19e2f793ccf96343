package org.invar.eval;

/**
 * Rows to evaluate together: consecutive entities of a rule's kind, in slot 0 (the slots of
 * nested quantifiers are kept per block too, so that a node may be given rows that bind them).
 *
 * <p>Nodes evaluate a block row set at a time ({@link Cond#test(Block, int[], int, byte[])},
 * {@link Scalar#bits(Block, int[], int, long[], byte[])}) so that the calls from node to node
 * happen once per block rather than once per entity, and the common node shapes run as plain
 * loops over columns and index arrays. Block evaluation gives the verdicts only; where unknowns
 * came from is found again, row by row, when a finding is explained.
 */
final class Block {
    /** Rows in a top block: small enough that a block's columns stay in the first-level cache. */
    static final int SIZE = 512;

    final Ctx ctx;
    final Scratch scratch;
    /** The entity of each slot in each row; null for slots not bound at this depth. */
    final int[][] slots;
    int size;

    Block(Ctx ctx, Scratch scratch, int slotCount) {
        this.ctx = ctx;
        this.scratch = scratch;
        this.slots = new int[Math.max(1, slotCount)][];
    }

    /** Puts a row's entities in the context, with an empty stack, for nodes that evaluate row by row. */
    void load(int row) {
        Ctx c = ctx;
        int[][] s = slots;
        for (int k = 0; k < s.length; k++) {
            if (s[k] != null) {
                c.entity[k] = s[k][row];
            }
        }
        c.top = 0;
    }
}
