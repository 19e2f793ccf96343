package org.invar.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file {@code golden/bad/NAME.invar} is parsed under the name {@code bad/NAME.invar}, and
 * {@link ParseResult#report()} must equal {@code golden/bad/NAME.expected} exactly (the file holds
 * the report and one final line break). The expected files are reviewed by a person: a message
 * that changes shows up in the diff.
 *
 * <p>To rewrite them after a deliberate change of wording, run
 * {@code mvn -o -pl dsl-grammar test -Dtest=GoldenDiagnosticsTest -Dgolden.update=true} and review
 * the diff before committing it.
 */
class GoldenDiagnosticsTest {
    /** Run from the module directory, as Maven does, so updates land in the sources, not in target/. */
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> everyBadFileGivesItsExpectedReport() throws IOException {
        List<Path> inputs = badFiles();
        assertTrue(inputs.size() >= 15, "the golden set has shrunk: " + inputs);
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> check(input)));
    }

    private static void check(Path input) throws IOException {
        String name = GOLDEN.relativize(input).toString().replace('\\', '/');
        ParseResult result = RuleParser.parse(name, Files.readString(input, StandardCharsets.UTF_8));
        assertFalse(result.ok(), name + " is meant to be bad but parsed without errors");
        assertTrue(result.file().isEmpty(), name + ": a bad file gives no AST");
        String actual = result.report() + "\n";
        Path expectedFile = expectedFor(input);
        if (UPDATE) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(expectedFile)) {
            fail(expectedFile + " is missing; run with -Dgolden.update=true to write it, then review it. It would hold:\n"
                    + actual);
        }
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, name);
    }

    @Test
    void noExpectedFileIsLeftWithoutItsInput() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN.resolve("bad"))) {
            List<Path> orphans = files.filter(f -> f.toString().endsWith(".expected"))
                    .filter(f -> !Files.exists(inputFor(f)))
                    .toList();
            assertEquals(List.of(), orphans);
        }
    }

    @Test
    void theMissingClaimIsReportedWhereTheClaimShouldStart() throws IOException {
        // The README's example of a missing claim, checked on its own so that a regenerated golden file cannot hide a move.
        Path input = GOLDEN.resolve("bad/missing-claim.invar");
        ParseResult result = RuleParser.parse("bad/missing-claim.invar", Files.readString(input));
        Diagnostic first = result.diagnostics().get(0);
        assertEquals(2, first.line());
        assertEquals(28, first.column());
        assertEquals("every az with alb_node has >= 1", first.sourceLine());
    }

    private static List<Path> badFiles() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN.resolve("bad"))) {
            return files.filter(f -> f.toString().endsWith(".invar")).sorted().toList();
        }
    }

    private static Path expectedFor(Path input) {
        String file = input.getFileName().toString();
        return input.resolveSibling(file.substring(0, file.length() - ".invar".length()) + ".expected");
    }

    private static Path inputFor(Path expected) {
        String file = expected.getFileName().toString();
        return expected.resolveSibling(file.substring(0, file.length() - ".expected".length()) + ".invar");
    }
}
