package org.invar.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process with captured output, as a user would from a shell. */
final class Cli {
    private Cli() {
    }

    record Result(int status, String out, String err) {
        @Override
        public String toString() {
            return "status " + status + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    static Result run(String... args) {
        return runWithStdin(new ByteArrayInputStream(new byte[0]), args);
    }

    static Result runWithStdin(String stdin, String... args) {
        return runWithStdin(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    static Result runWithStdin(InputStream stdin, String... args) {
        return run(stdin, false, args);
    }

    /** As on a terminal that takes colours. */
    static Result runColoured(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), true, args);
    }

    /**
     * The tests give their own rules: the standard library is left out of check, rules and
     * explain unless a test asks for it with {@link #runWithStdlib}.
     */
    private static Result run(InputStream stdin, boolean colour, String... args) {
        return invoke(stdin, colour, withoutStdlib(args));
    }

    /** As a user runs it, the standard library included by default. */
    static Result runWithStdlib(String... args) {
        return invoke(new ByteArrayInputStream(new byte[0]), false, args);
    }

    private static String[] withoutStdlib(String[] args) {
        if (args.length == 0 || !java.util.Set.of("check", "rules", "explain").contains(args[0])
                || java.util.Arrays.asList(args).contains("--no-stdlib")) {
            return args;
        }
        String[] with = new String[args.length + 1];
        with[0] = args[0];
        with[1] = "--no-stdlib";
        System.arraycopy(args, 1, with, 2, args.length - 1);
        return with;
    }

    private static Result invoke(InputStream stdin, boolean colour, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new Io(new PrintWriter(out), new PrintWriter(err), stdin, colour), args);
        return new Result(status, out.toString(), err.toString());
    }
}
