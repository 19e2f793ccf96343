package org.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The CloudFormation adapter's correctness templates through {@code invar check}: a valid one is
 * checked (exit 0 or 1, by the rule's verdict), an invalid one stops the check with exit 2 and
 * one line {@code file:line:col: error: ...}, never a stack trace. Where each error is, exactly,
 * is the adapter's test (CorrectnessFixturesTest); this is what a user at a shell sees.
 */
class TemplateCorrectnessTest {
    private static final Path FIXTURES = Path.of("../adapters/cloudformation/src/test/resources/correctness");

    /** One test for each template of a fixture folder, which holds at least {@code least}. */
    private static Stream<DynamicTest> each(String folder, int least, Consumer<Path> check) throws IOException {
        Path dir = FIXTURES.resolve(folder);
        assertTrue(Files.isDirectory(dir), "no fixture folder " + dir.toAbsolutePath());
        List<Path> templates;
        try (Stream<Path> walk = Files.walk(dir)) {
            templates = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(templates.size() >= least, templates::toString);
        return templates.stream().map(t -> DynamicTest.dynamicTest(FIXTURES.relativize(t).toString(), () -> check.accept(t)));
    }

    @TestFactory
    Stream<DynamicTest> validTemplatesAreChecked() throws IOException {
        return each("valid", 8, t -> {
            Cli.Result r = Cli.run("check", "--rules", Scenarios.SEED_RULE, t.toString());
            assertTrue(r.status() == 0 || r.status() == 1, r::toString);
            assertTrue(r.out().contains("1 rule: "), r::toString);
        });
    }

    @TestFactory
    Stream<DynamicTest> invalidTemplatesStopTheCheckAtTheirPosition() throws IOException {
        return each("invalid", 20, t -> {
            Cli.Result r = Cli.run("check", "--rules", Scenarios.SEED_RULE, t.toString());
            assertEquals(2, r.status(), r::toString);
            assertTrue(Pattern.compile("(?m)^(invar: )?" + Pattern.quote(t.toString()) + ":\\d+:\\d+: error: \\S")
                    .matcher(r.err()).find(), r::toString);
            assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r::toString);
        });
    }
}
