package org.invar.testing;

import static org.invar.testing.InvarAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.report.EntityRef;
import org.invar.report.Verdict;
import org.invar.report.baseline.BaselineEntry;
import org.invar.report.baseline.BaselineFile;
import org.invar.report.baseline.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Over services with random task counts: an assertion fails exactly when an entity violates the
 * rule and names exactly those entities; {@code satisfies} and {@code violates} disagree on every
 * decided rule; a baseline fails exactly on the violations it does not list and keeps only those
 * not fixed; a baseline file reads back as written, whatever its ids hold.
 */
class AssertionPropertiesTest {
    private static final Consumer<String> QUIET = note -> { };
    private static final String[] FRAGMENTS = {"a", "s-1", "us-east-1a", "/", " ", "\"", "\\", "é", "😀", "\n", "\t",
        "{", "]", ":", "*", "0"};

    @TempDir
    Path dir;

    private static Gen<List<Integer>> counts() {
        return lists().of(integers().between(0, 4)).ofSizeBetween(1, 12);
    }

    private static Model services(List<Integer> counts) {
        ModelBuilder b = Model.builder();
        for (int i = 0; i < counts.size(); i++) {
            b.entity("ecs_service", "svc-" + i).set("desired_count", counts.get(i)).end();
        }
        return b.build();
    }

    private static String rule(int min) {
        return "every ecs_service has desired_count >= " + min;
    }

    private static Set<String> below(List<Integer> counts, int min) {
        return IntStream.range(0, counts.size()).filter(i -> counts.get(i) < min).mapToObj(i -> "svc-" + i)
                .collect(Collectors.toSet());
    }

    /** The services a failure message lists, one per line. */
    private static Set<String> named(String message) {
        return message.lines().filter(l -> l.startsWith("  ecs_service "))
                .map(l -> l.substring("  ecs_service ".length(), l.indexOf(':'))).collect(Collectors.toSet());
    }

    @Test
    void anAssertionFailsExactlyWhenSomeEntityViolatesAndNamesThemAll() {
        qt().withExamples(200).forAll(counts(), integers().between(0, 5)).checkAssert((counts, min) -> {
            Set<String> violating = below(counts, min);
            ModelAssert assertion = assertThat(services(counts)).reportingTo(QUIET);
            if (violating.isEmpty()) {
                assertion.satisfies(rule(min));
                return;
            }
            String message = assertThrows(AssertionFailedError.class, () -> assertion.satisfies(rule(min))).getMessage();
            String times = violating.size() == 1 ? "1 time" : violating.size() + " times";
            assertEquals("Rule '" + rule(min) + "' was violated (" + times + "):", message.lines().findFirst().orElseThrow());
            assertEquals(violating.size() + 1, message.lines().count());
            assertEquals(violating, named(message));
        });
    }

    @Test
    void satisfiesAndViolatesDisagreeOnEveryDecidedRule() {
        qt().withExamples(200).forAll(counts(), integers().between(0, 5)).checkAssert((counts, min) -> {
            boolean satisfied = passes(() -> assertThat(services(counts)).reportingTo(QUIET).satisfies(rule(min)));
            boolean violated = passes(() -> assertThat(services(counts)).violates(rule(min)));
            assertEquals(!satisfied, violated);
        });
    }

    @Test
    void aBaselineFailsExactlyOnViolationsItDoesNotListAndKeepsOnlyThoseNotFixed() {
        Gen<List<Integer>> before = lists().of(integers().between(0, 3)).ofSize(8);
        Gen<List<Integer>> after = lists().of(integers().between(0, 3)).ofSize(8);
        qt().withExamples(150).forAll(before, after).checkAssert((was, is) -> {
            Path baseline = dir.resolve("baseline.json");
            delete(baseline);
            assertThat(services(was)).freezingViolationsIn(baseline).reportingTo(QUIET).satisfies(rule(2));
            Set<String> recorded = below(was, 2);
            Set<String> current = below(is, 2);
            Set<String> added = new HashSet<>(current);
            added.removeAll(recorded);
            ModelAssert assertion = assertThat(services(is)).freezingViolationsIn(baseline).reportingTo(QUIET);
            if (added.isEmpty()) {
                assertion.satisfies(rule(2));
            } else {
                String message = assertThrows(AssertionFailedError.class, () -> assertion.satisfies(rule(2))).getMessage();
                assertEquals(added, named(message));
            }
            Set<String> kept = new HashSet<>(recorded);
            kept.retainAll(current);
            assertEquals(kept, BaselineFiles.read(baseline).entries().stream().map(BaselineEntry::id)
                    .collect(Collectors.toSet()));
        });
    }

    @Test
    void aBaselineFileReadsBackAsWritten() {
        Gen<String> text = lists().of(Generate.pick(List.of(FRAGMENTS))).ofSizeBetween(0, 6).map(p -> String.join("", p));
        Gen<BaselineEntry> entry = text.zip(text, text, (rule, kind, id) ->
                BaselineEntry.of(rule, new EntityRef(kind, id), Verdict.FAIL, Place.NOWHERE));
        qt().withExamples(300).forAll(lists().of(entry).ofSizeBetween(0, 8)).checkAssert(entries -> {
            Path baseline = dir.resolve("new/round-trip.json");
            BaselineFiles.write(org.invar.report.baseline.Baseline.of(baseline, entries));
            assertEquals(entries.stream().sorted().toList(), BaselineFiles.read(baseline).entries());
            assertEquals(BaselineFile.text(entries), read(baseline));
        });
    }

    private static boolean passes(Runnable assertion) {
        try {
            assertion.run();
            return true;
        } catch (AssertionFailedError e) {
            return false;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
