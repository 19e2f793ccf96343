package org.invar.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.invar.RuleSet;
import org.junit.jupiter.api.DynamicTest;

/**
 * A test per rule from a {@code @TestFactory}: each named after its rule, each failing with that
 * rule's failure message. The programmatic twin of {@link InvarCheck}, for rule sets built in code
 * and assertions configured with {@link ModelAssert}.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> invariants() {
 *     return InvarTests.dynamicTests(Path.of("src/main/invar"), Path.of("infra/app.yml"));
 * }
 *
 * @TestFactory
 * Stream<DynamicTest> standardRules() {
 *     Model model = Models.cloudFormation(Path.of("infra/app.yml"), Map.of("TaskCount", "2"));
 *     return InvarTests.dynamicTests(assertThat(model).allowingEmpty(), Stdlib.rules());
 * }
 * }</pre>
 *
 * The rules are evaluated once, when the factory runs; rules that do not compile or an input that
 * cannot be read fail the factory itself.
 */
public final class InvarTests {
    private InvarTests() {
    }

    /** The rules of a {@code *.invar} file or directory, checked over an input any adapter reads. */
    public static Stream<DynamicTest> dynamicTests(Path rules, Path input) {
        return dynamicTests(InvarAssertions.assertThat(Models.file(input)), RuleTexts.compileFiles(List.of(rules), Map.of()));
    }

    /** The rules, checked over the assertion's model with what the assertion was told (because, allowing..., baseline). */
    public static Stream<DynamicTest> dynamicTests(ModelAssert assertion, RuleSet rules) {
        CheckOptions options = assertion.options();
        if (!options.params().isEmpty()) {
            throw new IllegalStateException("withParam(...) applies to rule text; a RuleSet is compiled with its params"
                    + " already");
        }
        RuleChecks.requireRules(rules);
        CheckedRules result = RuleChecks.run(assertion.model(), rules, options);
        result.notes().forEach(options.notes());
        return IntStream.range(0, result.outcomes().size()).mapToObj(i -> DynamicTest.dynamicTest(
                Messages.displayName(result.outcomes().get(i)), () -> result.failure(i).ifPresent(Failures::fail)));
    }
}
