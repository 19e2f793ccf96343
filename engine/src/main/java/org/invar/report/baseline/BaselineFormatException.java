package org.invar.report.baseline;

/**
 * A file that is not a baseline. The message is one line, {@code file:line:col: error: what},
 * ready to show as it is.
 */
public final class BaselineFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BaselineFormatException(String message) {
        super(message);
    }
}
