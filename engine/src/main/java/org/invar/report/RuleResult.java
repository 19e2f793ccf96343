package org.invar.report;

import java.util.List;
import java.util.Optional;
import org.invar.dsl.ast.Severity;

/**
 * What one rule found: its verdict as a whole (fail if any entity failed, else unknown if any was
 * unknown, else pass; skip when nothing was in scope), how many entities were in scope, and a
 * finding for each entity that failed or was unknown.
 *
 * @param invariant the rule's invariant in canonical text
 */
public record RuleResult(
        String rule,
        Severity severity,
        Optional<String> title,
        Optional<String> docs,
        List<String> tags,
        String invariant,
        String file,
        Verdict verdict,
        int inScope,
        int passed,
        List<Finding> findings) {

    public RuleResult {
        tags = List.copyOf(tags);
        findings = List.copyOf(findings);
    }

    public long failed() {
        return findings.stream().filter(f -> f.verdict() == Verdict.FAIL).count();
    }

    public long unknown() {
        return findings.stream().filter(f -> f.verdict() == Verdict.UNKNOWN).count();
    }
}
