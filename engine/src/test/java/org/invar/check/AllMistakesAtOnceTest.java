package org.invar.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.invar.CompileResult;
import org.invar.Invar;
import org.invar.dsl.Diagnostic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A rule file with many mistakes reports them all in one compile, each at its own position: a
 * bad setting, a syntax error in one rule, an ambiguous 'has' hide nothing of the other rules.
 *
 * <p>Every file {@code golden/compile/NAME.invar} marks each line that holds a mistake with a
 * comment {@code # mistake: ...}; compiling it must give exactly one error on each marked line and
 * none elsewhere, and its report must equal {@code NAME.expected} (reviewed by a person). To
 * rewrite the expected files after a deliberate change of wording, run
 * {@code -Dtest=AllMistakesAtOnceTest -Dgolden.update=true} and review the diff.
 */
class AllMistakesAtOnceTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "compile");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final String MARK = "# mistake:";

    @TestFactory
    Stream<DynamicTest> everyMarkedMistakeIsReportedOnItsLine() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(GOLDEN)) {
            inputs = files.filter(f -> f.toString().endsWith(".invar")).sorted().toList();
        }
        assertTrue(inputs.stream().anyMatch(p -> p.endsWith("ten-mistakes.invar")), inputs.toString());
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> check(input)));
    }

    private static void check(Path input) throws IOException {
        String name = "golden/" + input.getFileName();
        String text = Files.readString(input, StandardCharsets.UTF_8);
        CompileResult result = Invar.compiler().source(name, text).compile();
        assertFalse(result.ok(), name + " is meant to be bad");
        List<Integer> marked = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(MARK)) {
                marked.add(i + 1);
            }
        }
        List<Integer> reported = result.diagnostics().stream().map(Diagnostic::line).toList();
        assertEquals(marked, reported, () -> "one error on each marked line, none elsewhere:\n" + result.report());
        String actual = result.report() + "\n";
        Path expected = input.resolveSibling(input.getFileName().toString().replace(".invar", ".expected"));
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(expected)) {
            fail(expected + " is missing; run with -Dgolden.update=true to write it, then review it. It would hold:\n"
                    + actual);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name);
    }
}
