package org.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.dsl.ast.Severity;
import org.invar.model.Origin;
import org.invar.report.EntityRef;
import org.invar.report.Finding;
import org.invar.report.Report;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;
import org.invar.report.baseline.BaselineEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.w3c.dom.Element;

/** Properties of the reporters and of baselines, over generated findings and text. */
class ReportPropertiesTest {
    /** Any text of the basic multilingual plane outside the surrogates, control characters included. */
    private static final Gen<String> TEXT = strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 12);
    private static final Gen<String> WORD = strings().betweenCodePoints('a', 'c').ofLengthBetween(1, 1);

    @TempDir
    Path dir;

    private static BaselineEntry entry(String rule, String kind, String id, String input) {
        return new BaselineEntry(rule, kind, id, input);
    }

    @Test
    void aBaselineReadsBackAsItWasWrittenSorted() {
        Gen<BaselineEntry> entries = TEXT.zip(TEXT, TEXT, TEXT, ReportPropertiesTest::entry);
        Path file = dir.resolve("baseline.json");
        qt().withExamples(300).forAll(lists().of(entries).ofSizeBetween(0, 6)).checkAssert(list -> {
            Baselines.write(file, list);
            assertEquals(list.stream().sorted().toList(), Baselines.read(file));
        });
    }

    /** Failures of rules a-c on entities a-c of kind az in inputs a-c, each at most once per input. */
    private static List<CheckedInput> run(List<BaselineEntry> failures) {
        Map<String, Map<String, List<Finding>>> byInput = new LinkedHashMap<>();
        for (BaselineEntry e : failures) {
            List<Finding> findings = byInput.computeIfAbsent(e.input(), i -> new LinkedHashMap<>())
                    .computeIfAbsent(e.rule(), r -> new ArrayList<>());
            if (findings.stream().noneMatch(f -> f.entity().id().equals(e.id()))) {
                findings.add(finding(e.rule(), e.id(), "fails"));
            }
        }
        List<CheckedInput> inputs = new ArrayList<>();
        byInput.forEach((input, rules) -> {
            List<RuleResult> results = new ArrayList<>();
            rules.forEach((rule, findings) -> results.add(result(rule, findings)));
            inputs.add(new CheckedInput(input, List.of(input), new Report(results, 3)));
        });
        return inputs;
    }

    private static Finding finding(String rule, String id, String message) {
        EntityRef entity = new EntityRef("az", id);
        return new Finding(rule, Severity.HIGH, Verdict.FAIL, entity, message, Origin.NONE, Map.of(), List.of(entity),
                Optional.empty(), Optional.empty());
    }

    private static RuleResult result(String rule, List<Finding> findings) {
        return new RuleResult(rule, Severity.HIGH, Optional.empty(), Optional.empty(), List.of(), "every az has x",
                "rules.invar", findings.isEmpty() ? Verdict.PASS : Verdict.FAIL, 3, 3 - findings.size(), findings);
    }

    private static final Gen<List<BaselineEntry>> FAILURES = lists()
            .of(WORD.zip(WORD, WORD, (rule, id, input) -> entry(rule, "az", id, input))).ofSizeBetween(0, 10);

    @Test
    void aRunMeasuredAgainstItsOwnBaselineHasNothingNewAndNothingFixed() {
        qt().withExamples(300).forAll(FAILURES).checkAssert(failures -> {
            List<CheckedInput> inputs = run(failures);
            List<BaselineEntry> baseline = Baselines.today(inputs);
            BaselineComparison c = BaselineComparison.of(baseline, inputs);
            assertEquals(baseline.size(), c.knownCount());
            assertEquals(0, c.newCount());
            assertEquals(List.of(), c.fixed());
        });
    }

    @Test
    void everyEntryIsKnownOrFixedAndEveryFailureKnownOrNew() {
        qt().withExamples(500).forAll(FAILURES, FAILURES).checkAssert((before, after) -> {
            List<BaselineEntry> baseline = Baselines.today(run(before));
            List<CheckedInput> now = run(after);
            BaselineComparison c = BaselineComparison.of(baseline, now);
            assertEquals(baseline.size(), c.knownCount() + c.fixed().size());
            assertEquals(Baselines.today(now).size(), c.knownCount() + c.newCount());
        });
    }

    @Test
    void movingEveryInputChangesNothing() {
        qt().withExamples(300).forAll(FAILURES).checkAssert(failures -> {
            List<BaselineEntry> baseline = Baselines.today(run(failures));
            List<BaselineEntry> moved = failures.stream().map(e -> entry(e.rule(), e.kind(), e.id(), "moved/" + e.input()))
                    .toList();
            BaselineComparison c = BaselineComparison.of(baseline, run(moved));
            assertEquals(0, c.newCount());
            assertEquals(List.of(), c.fixed());
        });
    }

    @Test
    void anyMessageReadsBackFromTheJunitReport() {
        qt().withExamples(300).forAll(TEXT).checkAssert(message -> {
            CheckRun run = new CheckRun(List.of(new CheckedInput("in.yml", List.of("in.yml"),
                    new Report(List.of(result("r", List.of(finding("r", "a", message)))), 1))), Optional.empty());
            StringWriter out = new StringWriter();
            try {
                new JunitReport().write(out, run);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Element failure = (Element) JunitXml.parse(out.toString()).getElementsByTagName("failure").item(0);
            assertEquals(XmlText.attribute(message), failure.getAttribute("message"));
            assertEquals(XmlText.content("az a\n" + message), failure.getTextContent());
        });
    }

    @Test
    void aRelativePathIsARelativeUriThatResolvesBackToIt() {
        SarifLocations locations = new SarifLocations(Path.of("/work/repo"));
        Gen<String> segment = strings().betweenCodePoints(0x20, 0x2FFF).ofLengthBetween(1, 6)
                .assuming(s -> !s.contains("/") && !s.equals(".") && !s.equals("..") && !s.contains("\\")
                        && s.strip().equals(s));
        qt().withExamples(300).forAll(lists().of(segment).ofSizeBetween(1, 3), integers().between(0, 1))
                .checkAssert((segments, absolute) -> {
                    String relative = String.join("/", segments);
                    String file = absolute == 1 ? "/work/repo/" + relative : relative;
                    String uri = locations.uri(file);
                    URI parsed = URI.create(uri);
                    assertEquals(null, parsed.getScheme(), uri);
                    // URIs are written in Unicode normal form C: a canonically equivalent path.
                    String expected = java.text.Normalizer.normalize(relative, java.text.Normalizer.Form.NFC);
                    assertEquals(Path.of(expected).normalize(), Path.of(parsed.getPath()).normalize(), uri);
                });
    }

    @Test
    void aPathOutsideTheWorkingDirectoryIsAFileUri() throws IOException {
        SarifLocations locations = new SarifLocations(Files.createDirectories(dir.resolve("repo")));
        Path outside = dir.resolve("elsewhere/stack.yml");

        assertEquals(outside.toUri().toString(), locations.uri(outside.toString()));
        assertEquals("stacks/a%20b.yml", locations.uri(dir.resolve("repo/stacks/a b.yml").toString()));
        assertEquals("./a:b.yml", locations.uri("a:b.yml"));
    }
}
