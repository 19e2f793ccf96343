package org.invar.testing;

import java.util.List;
import java.util.Optional;
import org.invar.check.CheckedRule;
import org.invar.report.Finding;
import org.invar.report.RuleResult;

/**
 * What one rule found, sorted by what an assertion does with it.
 *
 * @param key the rule as a baseline names it: its id, or a bare invariant's text
 * @param counted violations that count: not suppressed, not in the baseline
 * @param known violations the baseline lists
 * @param unknowns entities the rule could not be decided for, not suppressed
 * @param suppressed findings the entities' owners suppressed, with the reason
 * @param emptyScope when nothing was in scope, what the model held instead ("the model has no entity of kind bucket")
 */
record RuleOutcome(
        CheckedRule rule,
        RuleResult result,
        String key,
        List<Finding> counted,
        List<Finding> known,
        List<Finding> unknowns,
        List<Finding> suppressed,
        Optional<String> emptyScope) {

    RuleOutcome {
        counted = List.copyOf(counted);
        known = List.copyOf(known);
        unknowns = List.copyOf(unknowns);
        suppressed = List.copyOf(suppressed);
    }

    boolean bare() {
        return rule.rule().bare();
    }

    boolean countsUnknowns(CheckOptions options) {
        return !options.allowUnknown() && !unknowns.isEmpty();
    }

    boolean countsEmpty(CheckOptions options) {
        return !options.allowEmpty() && emptyScope.isPresent();
    }

    /** Whether this rule fails a {@code satisfies} assertion with these options. */
    boolean fails(CheckOptions options) {
        return !counted.isEmpty() || countsUnknowns(options) || countsEmpty(options);
    }
}
