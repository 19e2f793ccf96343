package org.invar.report.baseline;

import static org.invar.report.Findings.fail;
import static org.invar.report.Findings.report;
import static org.invar.report.Findings.result;
import static org.invar.report.Findings.unknown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.dsl.ast.Severity;
import org.invar.model.Origin;
import org.invar.report.Finding;
import org.invar.report.judgement.FindingPolicy;
import org.invar.report.InputReport;
import org.invar.report.judgement.Judgement;
import org.invar.report.judgement.Standing;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Baselines match per file: the rule, the entity and the verdict in the same input file, the path
 * taken from the baseline's folder; a finding without a file by its resource.
 */
class BaselineMatchTest {
    @TempDir
    Path dir;

    private static Finding bucket(Path file) {
        return fail("bucket-encrypted", Severity.HIGH, "Bucket", Origin.at(file.toString(), 3, 3).withResource("Bucket"));
    }

    private static InputReport input(Path file, Finding... findings) {
        return InputReport.read(file.toString(), List.of(file.toString()), report(result("bucket-encrypted", List.of(findings))));
    }

    private Judgement judge(Baseline baseline, InputReport... inputs) {
        return FindingPolicy.failingAt(Severity.LOW).withBaseline(baseline).judge(List.of(inputs));
    }

    @Test
    void aViolationOfTheSameEntityInAnotherFileIsNew() {
        Path a = dir.resolve("a.yml");
        Path b = dir.resolve("staging/b.yml");
        Baseline baseline = Baseline.recording(dir.resolve("baseline.json"), List.of(input(a, bucket(a))));
        assertEquals(List.of(BaselineEntry.of("bucket-encrypted", new org.invar.report.EntityRef("az", "Bucket"),
                Verdict.FAIL, Place.file("a.yml"))), baseline.entries());

        Finding inB = bucket(b);
        Judgement j = judge(baseline, input(a), input(b, inB));

        assertTrue(j.fails());
        assertEquals(Standing.COUNTS, j.standing(inB));
        assertEquals(0, j.known());
        assertEquals(1, j.fresh());
        assertEquals(baseline.entries(), j.fixed());
    }

    @Test
    void theBaselineHoldsInACopyOfTheCheckoutElsewhere() throws IOException {
        Path here = dir.resolve("here");
        Baseline written = Baseline.recording(here.resolve("ci/baseline.json"),
                List.of(input(here.resolve("stacks/a.yml"), bucket(here.resolve("stacks/a.yml")))));
        Files.createDirectories(here.resolve("ci"));
        written.write();
        assertTrue(Files.readString(written.file()).contains("\"file\" : \"../stacks/a.yml\""), Files.readString(written.file()));

        Path there = dir.resolve("there");
        Files.createDirectories(there.resolve("ci"));
        Files.copy(written.file(), there.resolve("ci/baseline.json"));
        Path moved = there.resolve("stacks/a.yml");
        Judgement j = judge(Baseline.read(there.resolve("ci/baseline.json")), input(moved, bucket(moved)));

        assertFalse(j.fails());
        assertEquals(1, j.known());
        assertEquals(List.of(), j.fixed());
    }

    @Test
    void aMovedFileIsNewUnlessTheMoveIsGiven() {
        Path old = dir.resolve("stacks/a.yml");
        Path now = dir.resolve("prod/stacks/a.yml");
        Baseline baseline = Baseline.recording(dir.resolve("baseline.json"), List.of(input(old, bucket(old))));

        assertTrue(judge(baseline, input(now, bucket(now))).fails());
        Baseline moved = baseline.movingFiles(Map.of(dir.resolve("stacks").toString(), dir.resolve("prod/stacks").toString()));
        assertFalse(judge(moved, input(now, bucket(now))).fails());
        assertEquals(Optional.of(Place.file("prod/stacks/a.yml")), moved.entries().get(0).place());
    }

    @Test
    void aFindingWithoutAFileMatchesByItsResource() {
        Origin arn = Origin.resource("arn:aws:s3:::logs");
        Finding live = fail("bucket-encrypted", Severity.HIGH, "logs", arn);
        InputReport account = InputReport.read("aws:profile=p", List.of(), report(result("bucket-encrypted", List.of(live))));
        Baseline baseline = Baseline.recording(dir.resolve("baseline.json"), List.of(account));
        assertEquals(Optional.of(Place.resource("arn:aws:s3:::logs")), baseline.entries().get(0).place());

        Finding elsewhere = fail("bucket-encrypted", Severity.HIGH, "logs", Origin.resource("arn:aws:s3:::logs-eu"));
        InputReport other = InputReport.read("aws:profile=q", List.of(), report(result("bucket-encrypted", List.of(elsewhere))));

        assertFalse(judge(baseline, account).fails());
        assertTrue(judge(baseline, other).fails(), "the same id under another ARN is another resource");
    }

    @Test
    void anEntryAcceptsOneFindingAndAnUnknownIsNotAFailure() {
        Path a = dir.resolve("a.yml");
        Finding zone = unknown("bucket-encrypted", Severity.HIGH, "Bucket", Origin.at(a.toString(), 3, 3));
        Baseline baseline = Baseline.recording(dir.resolve("baseline.json"), List.of(input(a, zone)));
        assertEquals(Verdict.UNKNOWN, baseline.entries().get(0).verdict());

        Finding first = bucket(a);
        Judgement failing = judge(baseline, input(a, first));
        assertEquals(Standing.COUNTS, failing.standing(first), "an entry of an unknown verdict does not accept a failure");

        Finding again = unknown("bucket-encrypted", Severity.HIGH, "Bucket", Origin.at(a.toString(), 3, 3));
        Finding twice = unknown("bucket-encrypted", Severity.HIGH, "Bucket", Origin.at(a.toString(), 9, 3));
        Judgement j = judge(baseline, input(a, again, twice));
        assertEquals(List.of(Standing.IN_BASELINE, Standing.COUNTS), List.of(j.standing(again), j.standing(twice)));
    }

    @Test
    void aSuppressedFindingUsesUpItsEntry() {
        Path a = dir.resolve("a.yml");
        Baseline baseline = Baseline.recording(dir.resolve("baseline.json"), List.of(input(a, bucket(a))));
        Finding suppressed = bucket(a).suppress("a public site");

        Judgement j = judge(baseline, input(a, suppressed));

        assertEquals(Standing.SUPPRESSED, j.standing(suppressed));
        assertEquals(0, j.fresh());
        assertEquals(List.of(), j.fixed());
    }

    @Test
    void onlyEntriesOfRulesThatRanAreFixed() {
        Path a = dir.resolve("a.yml");
        Baseline baseline = Baseline.of(dir.resolve("baseline.json"), List.of(
                BaselineEntry.of("other-rule", new org.invar.report.EntityRef("az", "Bucket"), Verdict.FAIL, Place.file("a.yml")),
                BaselineEntry.of("bucket-encrypted", new org.invar.report.EntityRef("az", "Bucket"), Verdict.FAIL,
                        Place.file("a.yml"))));

        Judgement j = judge(baseline, input(a));

        assertEquals(List.of("bucket-encrypted"), j.fixed().stream().map(BaselineEntry::rule).toList());
    }

    @Test
    void aFormerBaselineMatchesAnywhereFirstInTheInputItNames() {
        Path a = dir.resolve("a.yml");
        Path b = dir.resolve("b.yml");
        Baseline former = Baseline.of(dir.resolve("baseline.json"), List.of(
                BaselineEntry.unplaced("bucket-encrypted", new org.invar.report.EntityRef("az", "Bucket"), b.toString())));
        assertTrue(former.unplaced());

        Finding inA = bucket(a);
        Finding inB = bucket(b);
        Judgement j = judge(former, input(a, inA), input(b, inB));

        assertEquals(Standing.COUNTS, j.standing(inA));
        assertEquals(Standing.IN_BASELINE, j.standing(inB));
        assertFalse(judge(former, input(dir.resolve("c.yml"), bucket(dir.resolve("c.yml")))).fails());
    }

    @Test
    void aBareInvariantIsRecordedByItsTextAndAFormerEntryByItsIdMatchesToo() {
        Path a = dir.resolve("a.yml");
        Finding f = fail("azs:2", Severity.MEDIUM, "Bucket", Origin.at(a.toString(), 3, 3));
        InputReport in = InputReport.read(a.toString(), List.of(a.toString()), report(result("azs:2", true, List.of(f))));

        Baseline baseline = Baseline.recording(dir.resolve("baseline.json"), List.of(in));
        assertEquals("every az has x == \"azs:2\"", baseline.entries().get(0).rule());

        Baseline former = Baseline.of(dir.resolve("baseline.json"),
                List.of(BaselineEntry.unplaced("azs:2", new org.invar.report.EntityRef("az", "Bucket"), "")));
        assertFalse(judge(former, in).fails());
    }

    @Test
    void aTemplateOfAMergedRunIsPlacedInItsOwnFile() {
        Path network = dir.resolve("network.yml");
        Path service = dir.resolve("service.yml");
        Finding f = fail("r", Severity.HIGH, "Service", Origin.at(service.toString(), 5, 3));
        Finding zone = fail("r", Severity.HIGH, "az-1", Origin.NONE);
        InputReport merged = InputReport.read("network.yml, service.yml", List.of(network.toString(), service.toString()),
                report(result("r", List.of(f, zone))));
        Baseline baseline = Baseline.recording(dir.resolve("baseline.json"), List.of(merged));

        assertEquals(List.of(Place.file("service.yml"), Place.NOWHERE),
                baseline.entries().stream().map(e -> e.place().orElseThrow()).toList());
    }
}
