package org.invar.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Where a run of the command line reads and writes: standard output and error, standard input
 * (for the input {@code -}), and whether standard output takes ANSI colours. Tests hand in their
 * own writers; {@link #system()} is the process's.
 *
 * @param colour true only when standard output is a terminal and {@code NO_COLOR} is not set
 */
public record Io(PrintWriter out, PrintWriter err, InputStream in, boolean colour) {

    /** The process's streams; colour when {@code System.console()} is there and NO_COLOR is unset or empty. */
    public static Io system() {
        Charset charset = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        String noColor = System.getenv("NO_COLOR");
        boolean colour = System.console() != null && (noColor == null || noColor.isEmpty());
        return new Io(new PrintWriter(new OutputStreamWriter(System.out, charset), true),
                new PrintWriter(new OutputStreamWriter(System.err, charset), true), System.in, colour);
    }
}
