package org.invar.report;

import java.util.List;
import java.util.stream.Stream;

/**
 * The results of evaluating a rule set over a model: one {@link RuleResult} per rule, in the
 * rule set's order. Immutable. Reporters (text, JSON, SARIF, JUnit) only read it.
 *
 * <pre>{@code
 * Report report = rules.evaluate(model);
 * for (Finding f : report.violations()) {
 *     System.out.println(f.rule() + " " + f.entity() + ": " + f.message());
 * }
 * }</pre>
 */
public record Report(List<RuleResult> results, int entities) {
    public Report {
        results = List.copyOf(results);
    }

    private Stream<Finding> findings() {
        return results.stream().flatMap(r -> r.findings().stream());
    }

    /** Failures, suppressed ones included (check {@link Finding#isSuppressed()}). */
    public List<Finding> violations() {
        return findings().filter(f -> f.verdict() == Verdict.FAIL).toList();
    }

    /** Entities for which a rule could not be decided, with the reason. */
    public List<Finding> unknowns() {
        return findings().filter(f -> f.verdict() == Verdict.UNKNOWN).toList();
    }

    /** Rules that held for everything in their scope. */
    public List<RuleResult> passed() {
        return results.stream().filter(r -> r.verdict() == Verdict.PASS).toList();
    }

    /** Rules that had nothing in scope. */
    public List<RuleResult> skipped() {
        return results.stream().filter(r -> r.verdict() == Verdict.SKIP).toList();
    }

    public RuleResult result(String rule) {
        return results.stream().filter(r -> r.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + rule + " in this report"));
    }
}
