package org.invar;

import java.nio.file.Path;

/**
 * The entry point for embedding: compile rules, then evaluate them over models from any adapter.
 *
 * <pre>{@code
 * RuleSet rules = Invar.compile(Path.of("rules/"));
 * Model model = ModelJson.read(Path.of("model.json"));
 * Report report = rules.evaluate(model);
 * report.violations().forEach(v -> System.out.println(v.entity() + ": " + v.message()));
 * }</pre>
 */
public final class Invar {
    private Invar() {
    }

    /** A compiler to add sources, params and a schema to. */
    public static RuleCompiler compiler() {
        return new RuleCompiler();
    }

    /** Compiles rule text; throws {@link RuleCompilationException} with every diagnostic if it does not compile. */
    public static RuleSet compile(String text) {
        return compiler().source("<inline>", text).compile().ruleSet();
    }

    /** Compiles rule files and directories; throws {@link RuleCompilationException} if they do not compile. */
    public static RuleSet compile(Path... paths) {
        RuleCompiler compiler = compiler();
        for (Path p : paths) {
            compiler.path(p);
        }
        return compiler.compile().ruleSet();
    }
}
