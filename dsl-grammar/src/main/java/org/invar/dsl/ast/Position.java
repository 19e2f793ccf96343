package org.invar.dsl.ast;

/**
 * Where a node starts in its source: 1-based line and column. Nodes leave their positions out of
 * their equality, so that two ASTs that say the same thing compare equal wherever they were written
 * (a print and parse round trip, a generated AST against a parsed one); code that must tell two
 * equal nodes of one rule apart keys them by identity.
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
