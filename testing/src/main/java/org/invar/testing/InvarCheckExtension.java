package org.invar.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.invar.RuleSet;
import org.invar.model.Model;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelInput;
import org.invar.spi.ModelSources;
import org.invar.stdlib.Stdlib;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs {@link InvarCheck}: loads the input and compiles the rules once per annotated method,
 * evaluates them once (applying the baseline once), and gives a test invocation per rule.
 * Registered by the annotation; there is no need to name it, except in an annotation of your own
 * that presets attributes:
 *
 * <pre>{@code
 * @Retention(RetentionPolicy.RUNTIME)
 * @Target(ElementType.METHOD)
 * @InvarCheck(rules = "src/main/invar", input = "infra/app.yml", because = "we promised 99.9%")
 * @interface TeamRules {
 * }
 * }</pre>
 */
public final class InvarCheckExtension implements TestTemplateInvocationContextProvider {
    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return AnnotationSupport.findAnnotation(context.getTestMethod(), InvarCheck.class).isPresent();
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        InvarCheck check = AnnotationSupport.findAnnotation(context.getTestMethod(), InvarCheck.class).orElseThrow();
        Map<String, String> params = params(check.params());
        Model model = model(check.input(), params);
        RuleSet rules = rules(check, params);
        RuleChecks.requireRules(rules);
        CheckOptions options = new CheckOptions(
                check.because().isBlank() ? Optional.empty() : Optional.of(check.because().strip()),
                check.allowEmpty(), check.allowUnknown(), Map.of(),
                check.baseline().isBlank() ? Optional.empty() : Optional.of(Path.of(check.baseline())),
                note -> context.publishReportEntry("invar", note), CheckOptions.Switches.ANNOTATION);
        CheckedRules result = RuleChecks.run(model, rules, options);
        result.notes().forEach(options.notes());
        return IntStream.range(0, result.outcomes().size()).mapToObj(i -> new RuleInvocation(result, i, model));
    }

    private static Map<String, String> params(String[] params) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("@InvarCheck params: expected NAME=VALUE, found \"" + p + "\"");
            }
            parsed.put(p.substring(0, eq).strip(), p.substring(eq + 1));
        }
        return parsed;
    }

    private static Model model(String[] inputs, Map<String, String> params) {
        if (inputs.length == 0) {
            throw new IllegalArgumentException("@InvarCheck needs an input: input = \"infra/app.yml\"");
        }
        LoadOptions options = new LoadOptions(params, Optional.empty(), Optional.empty());
        try {
            return ModelSources.installed().readMerged(Arrays.stream(inputs).map(ModelInput::of).toList(), options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + String.join(", ", inputs), e);
        }
    }

    private static RuleSet rules(InvarCheck check, Map<String, String> params) {
        if (check.rules().length == 0 && !check.stdlib()) {
            throw new IllegalArgumentException("@InvarCheck needs rules: rules = \"src/main/invar\", or stdlib = true");
        }
        Optional<RuleSet> own = check.rules().length == 0 ? Optional.empty()
                : Optional.of(RuleTexts.compileFilesDeclaring(Arrays.stream(check.rules()).map(Path::of).toList(), params));
        Optional<RuleSet> stdlib = check.stdlib()
                ? Optional.of(Stdlib.rules(RuleTexts.declared(Stdlib.rules(), params))) : Optional.empty();
        return own.map(o -> stdlib.map(o::plus).orElse(o)).orElseGet(stdlib::orElseThrow);
    }

    /** One rule's test: named after the rule, failing with its message before the method body runs. */
    private record RuleInvocation(CheckedRules result, int rule, Model model) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return Messages.displayName(result.outcomes().get(rule));
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new RuleVerdict(result, rule, model));
        }
    }
}
