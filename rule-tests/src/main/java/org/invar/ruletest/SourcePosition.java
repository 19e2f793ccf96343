package org.invar.ruletest;

/**
 * A place in a rule test file: the file as named, and 1-based line and column (0 when unknown).
 * Prints as {@code file:line:col}, the form every invar message uses.
 */
public record SourcePosition(String file, int line, int column) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }

    /** {@code file:line:col: error: message}. */
    public String error(String message) {
        return this + ": error: " + message;
    }
}
