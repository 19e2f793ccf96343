package org.invar.report;

import java.util.List;
import java.util.Optional;
import org.invar.dsl.ast.Severity;

/**
 * What one rule found: its verdict as a whole (fail if any entity failed, else unknown if any was
 * unknown, else pass; skip when nothing was in scope), how many entities were in scope, and a
 * finding for each entity that failed or was unknown.
 *
 * @param bare whether the rule is a bare invariant, whose id is derived from its file and line
 * @param invariant the rule's invariant in canonical text
 */
public record RuleResult(
        String rule,
        boolean bare,
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

    /**
     * The rule as a baseline names it: its id, or a bare invariant's canonical text, since a bare
     * invariant's id moves with its line.
     */
    public String baselineKey() {
        return bare ? invariant : rule;
    }

    public long unknown() {
        return findings.stream().filter(f -> f.verdict() == Verdict.UNKNOWN).count();
    }
}
