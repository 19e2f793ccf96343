package org.invar.testing;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking rules over a model for an assertion: each rule's findings, sorted, and
 * the notes the check made (baseline recorded or shrunk, suppressed violations of rules that pass).
 */
record CheckedRules(List<RuleOutcome> outcomes, CheckOptions options, List<String> notes) {
    CheckedRules {
        outcomes = List.copyOf(outcomes);
        notes = List.copyOf(notes);
    }

    /** The failure message of a {@code satisfies} assertion, when a rule fails it. */
    Optional<String> failure() {
        return failure(outcomes);
    }

    /** The failure message of one rule, for a test per rule. */
    Optional<String> failure(int rule) {
        return failure(List.of(outcomes.get(rule)));
    }

    private Optional<String> failure(List<RuleOutcome> rules) {
        List<RuleOutcome> failing = rules.stream().filter(o -> o.fails(options)).toList();
        return failing.isEmpty() ? Optional.empty() : Optional.of(Messages.failure(failing, options));
    }

    /** The failure message of a {@code violates} assertion, when a rule was not violated. */
    Optional<String> notViolated() {
        List<String> failures = outcomes.stream().filter(o -> o.counted().isEmpty())
                .map(o -> Messages.notViolated(o, options)).toList();
        return failures.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", failures));
    }
}
