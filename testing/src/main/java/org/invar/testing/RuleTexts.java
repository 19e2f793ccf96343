package org.invar.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.invar.CompileResult;
import org.invar.Invar;
import org.invar.RuleCompiler;
import org.invar.RuleSet;
import org.invar.dsl.Diagnostic;

/**
 * Compiles what a test wrote or named into rules, or fails the assertion with every diagnostic.
 * A single text is reported as {@code <inline>}, several as {@code <inline 1>}, {@code <inline 2>},
 * ...; params given with {@code withParam} must be declared by the rules.
 */
final class RuleTexts {
    private RuleTexts() {
    }

    static RuleSet compile(List<String> texts, Map<String, String> params) {
        return compile(() -> {
            RuleCompiler compiler = Invar.compiler();
            for (int i = 0; i < texts.size(); i++) {
                String name = texts.size() == 1 ? "<inline>" : "<inline " + (i + 1) + ">";
                compiler.source(name, Objects.requireNonNull(texts.get(i), "rule text"));
            }
            return compiler;
        }, params);
    }

    static RuleSet compileFiles(List<Path> paths, Map<String, String> params) {
        return compile(files(paths), params);
    }

    /**
     * Rule files with overrides meant for the rules and the model alike, as the command line's
     * {@code --param}: an override reaches the rules only when they declare it.
     */
    static RuleSet compileFilesDeclaring(List<Path> paths, Map<String, String> params) {
        Supplier<RuleCompiler> files = files(paths);
        RuleSet asWritten = ruleSet(files.get().compile());
        Map<String, String> declared = declared(asWritten, params);
        return declared.isEmpty() ? asWritten : ruleSet(files.get().params(declared).compile());
    }

    private static Supplier<RuleCompiler> files(List<Path> paths) {
        return () -> {
            RuleCompiler compiler = Invar.compiler();
            paths.forEach(compiler::path);
            return compiler;
        };
    }

    /** The overrides among {@code params} that the rules declare. */
    static Map<String, String> declared(RuleSet rules, Map<String, String> params) {
        Map<String, String> declared = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (rules.params().containsKey(name)) {
                declared.put(name, value);
            }
        });
        return declared;
    }

    /**
     * Compiles once as written, to learn the declared params and name an undeclared one in the
     * assertion's own terms, then again with the overrides.
     */
    private static RuleSet compile(Supplier<RuleCompiler> compiler, Map<String, String> params) {
        RuleSet declared = ruleSet(compiler.get().compile());
        if (params.isEmpty()) {
            return declared;
        }
        List<String> undeclared = params.keySet().stream().filter(p -> !declared.params().containsKey(p)).toList();
        if (!undeclared.isEmpty()) {
            String known = declared.params().isEmpty() ? "the rules declare no param"
                    : "the rules declare " + declared.params().keySet().stream().sorted().collect(Collectors.joining(", "));
            Failures.fail("withParam names " + (undeclared.size() == 1 ? "a param" : "params")
                    + " no rule declares: " + String.join(", ", undeclared) + "; " + known);
        }
        return ruleSet(compiler.get().params(params).compile());
    }

    private static RuleSet ruleSet(CompileResult result) {
        if (!result.ok()) {
            long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
            Failures.fail("The rules do not compile (" + Messages.count(errors, "error") + "):\n" + result.report());
        }
        return result.ruleSet();
    }
}
