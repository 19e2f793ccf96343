package org.invar.ruletest;

import org.invar.report.judgement.FindingPolicy;

/**
 * What a case expects of a check of its input with all the file's rules: that it passes or fails,
 * judged by the same {@link FindingPolicy} as {@code invar check} (by default: failures and unknown
 * verdicts of severity low and above count).
 *
 * <pre>
 * check: fail
 * check: {result: pass, fail-on: high, allow-unknown: true}
 * </pre>
 */
public record CheckExpectation(boolean fails, FindingPolicy policy, SourcePosition position) {
    public String result() {
        return fails ? "fail" : "pass";
    }
}
