package org.invar.cli;

import picocli.CommandLine.Option;

/** {@code --debug}, on every command: errors come with their stack trace. */
final class DebugOption {
    static final String NAME = "--debug";

    @Option(names = NAME, description = "Print the stack trace of errors (for bug reports).")
    boolean debug;
}
