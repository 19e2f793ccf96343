package org.invar.cloudformation.read;

/**
 * A place in a template file: line and column, both counted from 1, as editors show them.
 */
public record Pos(int line, int column) {
    public static final Pos NONE = new Pos(0, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
