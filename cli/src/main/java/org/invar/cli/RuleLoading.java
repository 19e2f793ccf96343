package org.invar.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.invar.CompileResult;
import org.invar.Invar;
import org.invar.RuleCompiler;
import org.invar.RuleSet;
import org.invar.dsl.Diagnostic;
import org.invar.stdlib.Stdlib;

/**
 * Compiles the rules a command was given. Diagnostics go to standard error with their source line
 * and caret; rules that do not compile end the command with status 2.
 *
 * <p>{@code --param NAME=VALUE} values are shared: those that name a param the rules declare
 * override it, the other names are meant for adapters (template parameters, Terraform variables),
 * which get every {@code --param} through {@code LoadOptions}. The rules compile once.
 */
final class RuleLoading {
    private RuleLoading() {
    }

    /** There are rules to run unless the standard library is turned off and no --rules is given. */
    static boolean hasRules(RuleOptions options) {
        return !options.noStdlib || !options.paths.isEmpty();
    }

    static RuleSet compile(RuleOptions options, Map<String, String> params, PrintWriter err) {
        return report(compileQuietly(options, params), err);
    }

    /** The rules compiled with the params they declare, diagnostics not yet printed. */
    static CompileResult compileQuietly(RuleOptions options, Map<String, String> params) {
        return compiler(options).sharedParams(params).compile();
    }

    /** The standard library first (unless --no-stdlib), then the user's --rules. */
    private static RuleCompiler compiler(RuleOptions options) {
        RuleCompiler compiler = Invar.compiler();
        if (!options.noStdlib) {
            Stdlib.sources().forEach(compiler::source);
        }
        options.paths.forEach(compiler::path);
        return compiler;
    }

    /** Prints the warnings and returns the rules, or ends the command with the errors. */
    static RuleSet report(CompileResult result, PrintWriter err) {
        if (!result.ok()) {
            throw new ExitException(ExitCodes.USAGE, result.report());
        }
        for (Diagnostic d : result.diagnostics()) {
            err.println(d.format());
        }
        return result.ruleSet();
    }
}
