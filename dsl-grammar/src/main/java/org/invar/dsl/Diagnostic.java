package org.invar.dsl;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in rule text, with where it is and what to do about it. Diagnostics are values:
 * a parse or a check returns all of them, sorted by position, and only a caller that insists on a
 * result throws.
 *
 * <pre>
 * org.invar:3:28: error: unknown attribute 'helthy_targets' on az (did you mean healthy_targets?)
 *   every az with alb_node has helthy_targets &gt;= 1
 *                              ^
 * </pre>
 *
 * @param code a stable name for the kind of problem (for example {@code syntax}, {@code unknown-attribute})
 * @param line 1-based; 0 when the problem has no single place
 * @param column 1-based; 0 when the problem has no single place
 * @param sourceLine the text of that line, or "" when there is none
 */
public record Diagnostic(Level level, String code, String file, int line, int column, String message,
                         String sourceLine) implements Comparable<Diagnostic> {

    public enum Level {
        ERROR, WARNING;

        String word() {
            return this == ERROR ? "error" : "warning";
        }
    }

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(sourceLine, "sourceLine");
    }

    /** An error at a line and column of a source. */
    public static Diagnostic error(String code, Source source, int line, int column, String message) {
        return new Diagnostic(Level.ERROR, code, source.name(), line, column, message,
                line > 0 ? source.line(line) : "");
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /** {@code file:line:col: error: message}, without the source line. */
    public String headline() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return where + ": " + level.word() + ": " + message;
    }

    /** The headline, then the source line and a caret under the column. */
    public String format() {
        if (line <= 0 || sourceLine.isEmpty()) {
            return headline();
        }
        StringBuilder caret = new StringBuilder("  ");
        for (int i = 0; i < column - 1 && i < sourceLine.length(); i++) {
            caret.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
        }
        caret.append('^');
        return headline() + "\n  " + sourceLine + "\n" + caret;
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return headline();
    }
}
