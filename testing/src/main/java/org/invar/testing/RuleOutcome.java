package org.invar.testing;

import java.util.List;
import java.util.Optional;
import org.invar.check.CheckedRule;
import org.invar.report.Finding;
import org.invar.report.judgement.Judgement;
import org.invar.report.RuleResult;
import org.invar.report.judgement.Standing;
import org.invar.report.Verdict;

/**
 * What one rule found, sorted by the standing the assertion's {@link org.invar.report.judgement.FindingPolicy}
 * gave each finding.
 *
 * @param counted violations that count: not suppressed, not in the baseline
 * @param known violations and unknown verdicts the baseline lists
 * @param unknowns entities the rule could not be decided for, not suppressed, not in the baseline
 * @param unknownsCount whether those unknown verdicts fail the assertion (they do unless allowed)
 * @param suppressed findings the entities' owners suppressed, with the reason
 * @param emptyScope when nothing was in scope, what the model held instead ("the model has no entity of kind bucket")
 */
record RuleOutcome(
        CheckedRule rule,
        RuleResult result,
        List<Finding> counted,
        List<Finding> known,
        List<Finding> unknowns,
        boolean unknownsCount,
        List<Finding> suppressed,
        Optional<String> emptyScope) {

    RuleOutcome {
        counted = List.copyOf(counted);
        known = List.copyOf(known);
        unknowns = List.copyOf(unknowns);
        suppressed = List.copyOf(suppressed);
    }

    /** The rule's findings as the judgement sorted them. */
    static RuleOutcome of(CheckedRule rule, RuleResult result, Judgement judgement, Optional<String> emptyScope) {
        List<Finding> counting = judgement.findings(result, Standing.COUNTS);
        List<Finding> unknowns = result.findings().stream().filter(f -> f.verdict() == Verdict.UNKNOWN)
                .filter(f -> judgement.counts(f) || judgement.standing(f) == Standing.UNKNOWN_ALLOWED).toList();
        return new RuleOutcome(rule, result,
                counting.stream().filter(f -> f.verdict() == Verdict.FAIL).toList(),
                judgement.findings(result, Standing.IN_BASELINE),
                unknowns,
                unknowns.stream().anyMatch(judgement::counts),
                judgement.findings(result, Standing.SUPPRESSED),
                emptyScope);
    }

    boolean bare() {
        return rule.rule().bare();
    }

    boolean countsEmpty(CheckOptions options) {
        return !options.allowEmpty() && emptyScope.isPresent();
    }

    /** Whether this rule fails a {@code satisfies} assertion with these options. */
    boolean fails(CheckOptions options) {
        return !counted.isEmpty() || unknownsCount || countsEmpty(options);
    }
}
