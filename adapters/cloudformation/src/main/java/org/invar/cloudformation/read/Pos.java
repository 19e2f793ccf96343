package org.invar.cloudformation.read;

/**
 * A place in a template file: line and column, both counted from 1, as editors show them.
 */
public record Pos(int line, int column) {
    public static final Pos NONE = new Pos(0, 0);

    /**
     * This position in one long, line in the high half: what tree nodes keep instead of a Pos,
     * since a large template has hundreds of thousands of nodes and keys and an object each
     * would weigh more than the nodes themselves.
     */
    public long packed() {
        return pack(line, column);
    }

    public static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xFFFF_FFFFL);
    }

    public static Pos unpack(long packed) {
        return packed == 0 ? NONE : new Pos((int) (packed >>> 32), (int) packed);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
