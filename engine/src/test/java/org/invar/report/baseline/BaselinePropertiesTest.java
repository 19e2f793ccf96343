package org.invar.report.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.dsl.ast.Severity;
import org.invar.model.Origin;
import org.invar.report.Finding;
import org.invar.report.judgement.FindingPolicy;
import org.invar.report.Findings;
import org.invar.report.InputReport;
import org.invar.report.judgement.Judgement;
import org.invar.report.RuleResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/** Properties of baselines over generated runs: failures of rules a-c on zones a-c in files a-c. */
class BaselinePropertiesTest {
    private static final Gen<String> WORD = strings().betweenCodePoints('a', 'c').ofLengthBetween(1, 1);

    /** A failure to make: rule, zone id and file. */
    private record Failure(String rule, String id, String file) {
    }

    private static final Gen<List<Failure>> FAILURES = lists().of(WORD.zip(WORD, WORD, Failure::new)).ofSizeBetween(0, 10);

    @TempDir
    Path dir;

    /** One input per file under {@code root}, each failure at most once per file. */
    private static List<InputReport> run(Path root, List<Failure> failures) {
        Map<String, Map<String, List<Finding>>> byFile = new LinkedHashMap<>();
        for (Failure f : failures) {
            String file = root.resolve(f.file() + ".yml").toString();
            List<Finding> findings = byFile.computeIfAbsent(file, i -> new LinkedHashMap<>())
                    .computeIfAbsent(f.rule(), r -> new ArrayList<>());
            if (findings.stream().noneMatch(x -> x.entity().id().equals(f.id()))) {
                findings.add(Findings.fail(f.rule(), Severity.HIGH, f.id(), Origin.at(file, 1, 1)));
            }
        }
        List<InputReport> inputs = new ArrayList<>();
        byFile.forEach((file, rules) -> {
            List<RuleResult> results = new ArrayList<>();
            rules.forEach((rule, findings) -> results.add(Findings.result(rule, findings)));
            inputs.add(InputReport.read(file, List.of(file), Findings.report(results.toArray(RuleResult[]::new))));
        });
        return inputs;
    }

    private static Judgement judge(Baseline baseline, List<InputReport> inputs) {
        return FindingPolicy.failingAt(Severity.LOW).withBaseline(baseline).judge(inputs);
    }

    @Test
    void aRunJudgedAgainstItsOwnBaselineHasNothingNewAndNothingFixed() {
        qt().withExamples(300).forAll(FAILURES).checkAssert(failures -> {
            List<InputReport> inputs = run(dir, failures);
            Baseline baseline = Baseline.recording(dir.resolve("baseline.json"), inputs);
            Judgement j = judge(baseline, inputs);
            assertEquals(baseline.entries().size(), j.known());
            assertEquals(0, j.fresh());
            assertEquals(List.of(), j.fixed());
        });
    }

    @Test
    void everyEntryIsKnownOrFixedWhenItsRuleRanAndEveryFailureKnownOrNew() {
        qt().withExamples(500).forAll(FAILURES, FAILURES).checkAssert((before, after) -> {
            Baseline baseline = Baseline.recording(dir.resolve("baseline.json"), run(dir, before));
            List<InputReport> now = run(dir, after);
            Judgement j = judge(baseline, now);
            java.util.Set<String> ran = new java.util.HashSet<>();
            now.forEach(in -> in.report().results().forEach(r -> ran.add(r.rule())));
            long ofRulesThatRan = baseline.entries().stream().filter(e -> ran.contains(e.rule())).count();
            assertEquals(ofRulesThatRan, j.known() + j.fixed().size());
            assertEquals(Baseline.recording(dir.resolve("baseline.json"), now).entries().size(), j.known() + j.fresh());
        });
    }

    @Test
    void movingTheCheckoutWithItsBaselineChangesNothing() {
        qt().withExamples(300).forAll(FAILURES).checkAssert(failures -> {
            Baseline written = Baseline.recording(dir.resolve("here/baseline.json"), run(dir.resolve("here"), failures));
            Baseline copied = Baseline.of(dir.resolve("there/baseline.json"), written.entries());
            Judgement j = judge(copied, run(dir.resolve("there"), failures));
            assertEquals(0, j.fresh());
            assertEquals(List.of(), j.fixed());
        });
    }
}
