package org.invar.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.invar.RuleSet;
import org.invar.CompileResult;

/**
 * The rules of a check, compiled on another thread while the first input loads: compiling the
 * standard library takes a quarter of a second, which a machine with two cores need not wait
 * for. {@link #get()} waits for them and prints their warnings on the calling thread, once; a
 * rule that does not compile ends the command as it would have before any input was read, so
 * {@link #failFirst(RuntimeException)} lets a compile error win over a bad input.
 */
final class PendingRules {
    private final CompletableFuture<CompileResult> compiling;
    private final PrintWriter err;
    private RuleSet rules;

    private PendingRules(CompletableFuture<CompileResult> compiling, PrintWriter err) {
        this.compiling = compiling;
        this.err = err;
    }

    static PendingRules start(RuleOptions options, Map<String, String> params, PrintWriter err) {
        return new PendingRules(CompletableFuture.supplyAsync(() -> RuleLoading.compileQuietly(options, params)), err);
    }

    RuleSet get() {
        if (rules == null) {
            CompileResult result;
            try {
                result = compiling.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            rules = RuleLoading.report(result, err);
        }
        return rules;
    }

    /** Reports the rules' errors, if they have any, in place of {@code failure}; else rethrows it. */
    RuntimeException failFirst(RuntimeException failure) {
        get();
        return failure;
    }
}
