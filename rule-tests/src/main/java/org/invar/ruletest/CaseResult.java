package org.invar.ruletest;

import java.util.List;
import java.util.Optional;

/**
 * How a case went: passed when every expectation held. A mismatch says what was expected and what
 * the rule gave; an error says why the case could not run (an input that does not load).
 */
public record CaseResult(RuleTestFile file, RuleTestCase testCase, List<String> mismatches, Optional<String> error) {
    public CaseResult {
        mismatches = List.copyOf(mismatches);
    }

    public boolean passed() {
        return mismatches.isEmpty() && error.isEmpty();
    }
}
