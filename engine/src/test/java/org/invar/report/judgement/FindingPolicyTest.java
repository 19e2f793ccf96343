package org.invar.report.judgement;

import static org.invar.report.Findings.fail;
import static org.invar.report.Findings.report;
import static org.invar.report.Findings.result;
import static org.invar.report.Findings.unknown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.invar.dsl.ast.Severity;
import org.invar.model.Origin;
import org.invar.report.Finding;
import org.invar.report.InputReport;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;

class FindingPolicyTest {
    private static final Finding CRITICAL_UNKNOWN = unknown("zones", Severity.CRITICAL, "a", Origin.NONE);
    private static final Finding LOW_FAILURE = fail("tags", Severity.LOW, "b", Origin.NONE);

    private static Judgement judge(FindingPolicy policy, Finding... findings) {
        List<RuleResult> results = java.util.Arrays.stream(findings).map(f -> result(f.rule(), List.of(f))).toList();
        return policy.judge(InputReport.model(report(results.toArray(RuleResult[]::new))));
    }

    @Test
    void anUnknownVerdictCountsLikeAFailureOfItsSeverity() {
        Judgement j = judge(FindingPolicy.failingAt(Severity.HIGH), CRITICAL_UNKNOWN, LOW_FAILURE);

        assertTrue(j.fails());
        assertEquals(Standing.COUNTS, j.standing(CRITICAL_UNKNOWN));
        assertEquals(Standing.BELOW_THRESHOLD, j.standing(LOW_FAILURE));
        assertEquals(1, j.count(Verdict.UNKNOWN, Standing.COUNTS));
    }

    @Test
    void allowingUnknownLetsThemPassAndNothingElse() {
        FindingPolicy policy = FindingPolicy.failingAt(Severity.LOW).allowingUnknown();

        Judgement j = judge(policy, CRITICAL_UNKNOWN, LOW_FAILURE);

        assertEquals(Standing.UNKNOWN_ALLOWED, j.standing(CRITICAL_UNKNOWN));
        assertEquals(Standing.COUNTS, j.standing(LOW_FAILURE));
        assertFalse(judge(policy, CRITICAL_UNKNOWN).fails());
        assertFalse(policy.unknownCounts());
        assertFalse(policy.allowingUnknown(false).unknownCounts(), "allowed stays allowed");
    }

    @Test
    void anUnknownBelowTheThresholdDoesNotCount() {
        Finding lowUnknown = unknown("tags", Severity.LOW, "c", Origin.NONE);
        assertEquals(Standing.BELOW_THRESHOLD, judge(FindingPolicy.failingAt(Severity.MEDIUM), lowUnknown).standing(lowUnknown));
    }

    @Test
    void aSuppressedFindingNeverCounts() {
        Finding suppressed = CRITICAL_UNKNOWN.suppress("a zone of its own");
        assertEquals(Standing.SUPPRESSED, judge(FindingPolicy.everySeverity(), suppressed).standing(suppressed));
    }

    @Test
    void neverFailsOnNothing() {
        Judgement j = judge(FindingPolicy.failingNever(), CRITICAL_UNKNOWN, LOW_FAILURE);
        assertFalse(j.fails());
        assertEquals(Standing.BELOW_THRESHOLD, j.standing(CRITICAL_UNKNOWN));
    }

    @Test
    void thresholdsAreNamedAsOnTheCommandLine() {
        assertEquals(List.of("critical", "high", "medium", "low", "info", "never"), FindingPolicy.thresholdWords());
        for (String word : FindingPolicy.thresholdWords()) {
            assertEquals(word, FindingPolicy.failingOn(word).orElseThrow().thresholdWord());
        }
        assertEquals(Optional.empty(), FindingPolicy.failingOn("severe"));
        assertEquals(Optional.of(Severity.INFO), FindingPolicy.everySeverity().threshold());
    }

    @Test
    void oneFindingTwiceIsJudgedTwice() {
        Finding a = fail("r", Severity.HIGH, "a", Origin.NONE);
        Finding same = fail("r", Severity.HIGH, "a", Origin.NONE);
        Judgement j = FindingPolicy.everySeverity().judge(List.of(InputReport.model(report(result("r", List.of(a)))),
                InputReport.model(report(result("r", List.of(same))))));
        assertEquals(2, j.count(Verdict.FAIL, Standing.COUNTS));
    }
}
