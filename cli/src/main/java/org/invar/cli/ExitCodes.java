package org.invar.cli;

/** The exit statuses of every command. */
final class ExitCodes {
    /** Nothing at or above --fail-on failed or was unknown (or the command simply did its job). */
    static final int OK = 0;
    /** A failure or unknown verdict at or above --fail-on that counts (see FindingPolicy). */
    static final int FAILED = 1;
    /** A usage error, an unreadable input, rules that do not compile. */
    static final int USAGE = 2;
    /** A bug: an exception nobody expected. */
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
