package org.invar.report.judgement;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.invar.dsl.ast.Severity;
import org.invar.report.Finding;
import org.invar.report.InputReport;
import org.invar.report.Verdict;
import org.invar.report.baseline.Baseline;

/**
 * Which findings count against a check: the one decision behind the command line's exit status,
 * the rule tests' {@code check:} and the JUnit assertions, so that one rule gives one answer
 * whatever runs it. A failure or an unknown verdict counts unless, in this order,
 *
 * <ol>
 * <li>it is suppressed (its entity's owners opted out of the rule, with a reason);
 * <li>the baseline in force accepts it (same rule, entity, verdict and place);
 * <li>its rule's severity is below the threshold (the command line's {@code --fail-on});
 * <li>it is an unknown verdict and unknown verdicts are allowed.
 * </ol>
 *
 * By default unknown verdicts count: a rule must not pass for want of data.
 *
 * <pre>{@code
 * Judgement j = FindingPolicy.failingAt(Severity.HIGH).withBaseline(Baseline.read(file)).judge(inputs);
 * if (j.fails()) { ... }
 * }</pre>
 */
public final class FindingPolicy {
    private static final String NEVER = "never";

    private final Optional<Severity> threshold;
    private final boolean unknownCounts;
    private final Optional<Baseline> baseline;

    private FindingPolicy(Optional<Severity> threshold, boolean unknownCounts, Optional<Baseline> baseline) {
        this.threshold = threshold;
        this.unknownCounts = unknownCounts;
        this.baseline = baseline;
    }

    /** Failures and unknown verdicts of rules of this severity or above count. */
    public static FindingPolicy failingAt(Severity least) {
        return new FindingPolicy(Optional.of(Objects.requireNonNull(least, "least")), true, Optional.empty());
    }

    /** Nothing counts: a check that reports and never fails. */
    public static FindingPolicy failingNever() {
        return new FindingPolicy(Optional.empty(), true, Optional.empty());
    }

    /** Findings of every severity count, {@code info} too: for assertions, which check the rules they are given. */
    public static FindingPolicy everySeverity() {
        return failingAt(Severity.INFO);
    }

    /** The threshold a word names: a severity ({@code critical} ... {@code info}) or {@code never}. */
    public static Optional<FindingPolicy> failingOn(String word) {
        if (NEVER.equals(word)) {
            return Optional.of(failingNever());
        }
        return Severity.fromWord(word).map(FindingPolicy::failingAt);
    }

    /** The words {@link #failingOn(String)} takes, for messages: {@code critical, high, ..., info, never}. */
    public static List<String> thresholdWords() {
        return Stream.concat(Arrays.stream(Severity.values()).map(Severity::word), Stream.of(NEVER)).toList();
    }

    /** The same policy, letting unknown verdicts pass. */
    public FindingPolicy allowingUnknown() {
        return allowingUnknown(true);
    }

    /** The same policy, letting unknown verdicts pass when {@code allow}. */
    public FindingPolicy allowingUnknown(boolean allow) {
        return new FindingPolicy(threshold, unknownCounts && !allow, baseline);
    }

    /** The same policy, with findings this baseline accepts not counting. */
    public FindingPolicy withBaseline(Baseline accepted) {
        return new FindingPolicy(threshold, unknownCounts, Optional.of(Objects.requireNonNull(accepted, "accepted")));
    }

    /** The least severity that counts; empty when nothing does. */
    public Optional<Severity> threshold() {
        return threshold;
    }

    /** The threshold as {@link #failingOn(String)} takes it. */
    public String thresholdWord() {
        return threshold.map(Severity::word).orElse(NEVER);
    }

    public boolean unknownCounts() {
        return unknownCounts;
    }

    public Optional<Baseline> baseline() {
        return baseline;
    }

    /** Judges the reports of one check (several inputs share one baseline). */
    public Judgement judge(List<InputReport> inputs) {
        return Judgement.of(this, inputs);
    }

    public Judgement judge(InputReport input) {
        return judge(List.of(input));
    }

    /** What a finding means, given whether the baseline in force accepts it. */
    Standing standing(Finding f, boolean inBaseline) {
        if (f.isSuppressed()) {
            return Standing.SUPPRESSED;
        }
        if (inBaseline) {
            return Standing.IN_BASELINE;
        }
        if (threshold.isEmpty() || !f.severity().atLeast(threshold.get())) {
            return Standing.BELOW_THRESHOLD;
        }
        if (f.verdict() == Verdict.UNKNOWN && !unknownCounts) {
            return Standing.UNKNOWN_ALLOWED;
        }
        return Standing.COUNTS;
    }

    @Override
    public String toString() {
        return Stream.of("fail on " + thresholdWord(), unknownCounts ? "unknown counts" : "unknown allowed",
                baseline.map(b -> "baseline " + b.file()).orElse(null))
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
    }
}
