package org.invar.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.invar.model.ModelException;
import org.invar.spi.ModelLoadException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code invar} command line. {@link #run} does the work and returns the exit status, so tests
 * run commands in-process; {@link #main} exits with it.
 *
 * <p>Exit status: 0 success (for {@code check}: nothing at or above {@code --fail-on} failed), 1 a
 * failure that counts, 2 a usage error, an unreadable input or rules that do not compile, with a
 * short message on standard error and no stack trace, 3 an internal error: one line, unless
 * {@code --debug} asks for the stack trace.
 */
@Command(name = "invar", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check infrastructure invariants, written in the invar rule language, over a normalized "
                + "model of CloudFormation, Terraform, live AWS or model JSON inputs.", ""},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExit status:%n",
        footer = {"  0  success", "  1  a rule failed at or above --fail-on (check), a rule test case failed (test)",
            "  2  a usage error, an unreadable input, or rules that do not compile",
            "  3  an internal error (--debug prints its stack trace)"})
public final class Main implements Callable<Integer> {
    private final Io io;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    private Main(Io io) {
        this.io = io;
    }

    public static void main(String[] args) {
        System.exit(run(Io.system(), args));
    }

    /** Runs one command line and returns its exit status; never exits the JVM. */
    public static int run(Io io, String... args) {
        try {
            return commandLine(io).execute(args);
        } catch (RuntimeException | Error e) {
            return internalError(e, io.err(), java.util.Arrays.asList(args).contains(DebugOption.NAME));
        } finally {
            io.out().flush();
            io.err().flush();
        }
    }

    static CommandLine commandLine(Io io) {
        CommandLine cl = new CommandLine(new Main(io));
        cl.addSubcommand(new CheckCommand(io));
        cl.addSubcommand(new TestCommand(io));
        cl.addSubcommand(new ExplainCommand(io));
        cl.addSubcommand(new RulesCommand(io));
        cl.addSubcommand(new ModelCommand(io));
        cl.addSubcommand(new SchemaCommand(io));
        cl.addSubcommand(new CommandLine.HelpCommand());
        cl.setOut(io.out());
        cl.setErr(io.err());
        cl.setColorScheme(Help.defaultColorScheme(io.colour() ? Help.Ansi.ON : Help.Ansi.OFF));
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler(Main::failure);
        return cl;
    }

    /** {@code invar} alone: the usage, on standard error, as a usage error. */
    @Override
    public Integer call() {
        io.err().println("invar: a command is required");
        spec.commandLine().usage(io.err());
        return ExitCodes.USAGE;
    }

    /** A bad command line: what is wrong, a suggestion if picocli has one, and where help is. */
    private static int usageError(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        err.println(name + ": " + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    /** An exception out of a command: expected ones are messages, anything else an internal error. */
    private static int failure(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean debug = debug(parsed);
        if (ex instanceof ExitException e) {
            if (!e.getMessage().isEmpty()) {
                err.println(e.getMessage());
            }
            return e.status();
        }
        if (ex instanceof ModelLoadException || ex instanceof ModelException) {
            err.println(ex.getMessage());
            if (debug) {
                ex.printStackTrace(err);
            }
            return ExitCodes.USAGE;
        }
        return internalError(ex, err, debug);
    }

    private static int internalError(Throwable t, PrintWriter err, boolean debug) {
        if (debug) {
            err.print("internal error: ");
            t.printStackTrace(err);
        } else {
            String message = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
            err.println("internal error: " + t.getClass().getName() + message + " (--debug shows the stack trace)");
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    private static boolean debug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(DebugOption.NAME)) {
                return true;
            }
        }
        return false;
    }
}
