package org.invar.spi;

/**
 * An input that cannot be read into a model: a malformed template, an unreadable file, a denied
 * call that leaves nothing to check. The message is for a person: it names the file, line and
 * column where there is one ({@code file:line:col: error: ...}), says what was expected and how to
 * fix it. Command-line tools print it without a stack trace.
 */
public class ModelLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelLoadException(String message) {
        super(message);
    }

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code file:line:col: error: message}, leaving out what is not known. */
    public static ModelLoadException at(String file, int line, int column, String message) {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return new ModelLoadException(where + ": error: " + message);
    }
}
