package org.invar.cli;

/**
 * Ends a command with an exit status and a message for standard error, without a stack trace:
 * rules that do not compile, an output file that cannot be written.
 */
final class ExitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    ExitException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
