package org.invar.dsl.ast;

/**
 * Where a node starts in its source: 1-based line and column. Positions take part in equality
 * like any record component; compare ASTs that came from different texts with {@link Positions#strip}.
 */
public record Position(int line, int column) {
    /** The position of a node that was built rather than parsed. */
    public static final Position NONE = new Position(0, 0);

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
