package org.invar.testing;

import static org.invar.testing.Infra.failure;
import static org.invar.testing.Infra.lines;
import static org.invar.testing.InvarAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.invar.Invar;
import org.invar.stdlib.Stdlib;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

class InvarTestsTest {
    private static final Path RULES = Path.of("src/test/resources/rules");
    private static final Path APP = Path.of("src/test/resources/infra/app.yml");

    @Test
    void aDynamicTestPerRuleNamedAfterIt() {
        List<DynamicTest> tests = InvarTests.dynamicTests(RULES, APP).toList();
        assertEquals(List.of(
                "bucket-names: every bucket has name contains bucket_prefix",
                "buckets-versioned: every bucket has versioning == true",
                "every bucket has encrypted == true",
                "every db_instance has multi_az == true"), tests.stream().map(DynamicTest::getDisplayName).toList());
        assertDoesNotThrow(tests.get(0).getExecutable());
        assertEquals(lines(
                "Rule buckets-versioned 'every bucket has versioning == true' was violated (1 time):",
                "  bucket Logs (src/test/resources/infra/app.yml:19:3): app-logs does not keep old versions of its objects"
                        + " [versioning = false]"), failure(tests.get(1).getExecutable()));
        assertDoesNotThrow(tests.get(2).getExecutable());
        assertEquals(lines(
                "Rule 'every db_instance has multi_az == true' had nothing in scope:",
                "  the model has no entity of kind db_instance",
                "A rule with nothing in scope fails the assertion, since a vacuous pass hides mistakes;"
                        + " allow it with .allowingEmpty()."), failure(tests.get(3).getExecutable()));
    }

    @Test
    void theAssertionsOptionsApply() {
        List<String> notes = new ArrayList<>();
        ModelAssert assertion = assertThat(Models.cloudFormation(APP, Map.of("LogsVersioning", "Enabled")))
                .allowingEmpty().reportingTo(notes::add);
        List<DynamicTest> tests = InvarTests.dynamicTests(assertion, Invar.compile(RULES)).toList();
        for (DynamicTest test : tests) {
            assertDoesNotThrow(test.getExecutable(), test.getDisplayName());
        }
        assertEquals(4, tests.size());
        assertEquals(List.of(), notes);
    }

    @Test
    void theStandardLibraryOverTheExample() {
        List<DynamicTest> tests = InvarTests.dynamicTests(assertThat(Infra.example(1)).allowingEmpty(), Stdlib.rules()).toList();
        assertEquals(Stdlib.rules().size(), tests.size());
        DynamicTest seed = tests.stream().filter(t -> t.getDisplayName().startsWith("alb-node-has-healthy-target:"))
                .findFirst().orElseThrow();
        assertEquals("Rule alb-node-has-healthy-target 'every lb_node with type == \"application\" has healthy_targets"
                + " >= 1' was violated (2 times):", failure(seed.getExecutable()).lines().findFirst().orElseThrow());
    }

    @Test
    void rulesThatDoNotCompileFailTheFactory() {
        String message = failure(() -> InvarTests.dynamicTests(Path.of("src/test/resources/bad-rules"), APP));
        assertEquals("The rules do not compile (1 error):", message.lines().findFirst().orElseThrow());
    }
}
