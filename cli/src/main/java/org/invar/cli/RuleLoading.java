package org.invar.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
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
 * <p>{@code --param NAME=VALUE} overrides reach the rule compiler only for params the rules declare:
 * the rules are compiled once as written to learn their params, then again with those overrides.
 * The other names are meant for adapters (template parameters, Terraform variables), which get
 * every {@code --param} through {@code LoadOptions}.
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
        CompileResult result = compiler(options).compile();
        if (result.ok() && !params.isEmpty()) {
            Map<String, String> declared = new LinkedHashMap<>();
            params.forEach((name, value) -> {
                if (result.ruleSet().params().containsKey(name)) {
                    declared.put(name, value);
                }
            });
            if (!declared.isEmpty()) {
                return compiler(options).params(declared).compile();
            }
        }
        return result;
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
