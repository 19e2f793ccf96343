package org.invar.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.dsl.ast.Severity;
import org.invar.model.Origin;

/** Findings and reports made by hand, for tests of judgements and baselines. */
public final class Findings {
    private Findings() {
    }

    public static Finding fail(String rule, Severity severity, String id, Origin origin) {
        EntityRef entity = new EntityRef("az", id);
        return new Finding(rule, severity, Verdict.FAIL, entity, "az " + id + " fails", origin, Map.of(), List.of(entity),
                Optional.empty(), Optional.empty());
    }

    public static Finding unknown(String rule, Severity severity, String id, Origin origin) {
        EntityRef entity = new EntityRef("az", id);
        return new Finding(rule, severity, Verdict.UNKNOWN, entity, "az " + id + " may fail", origin, Map.of(),
                List.of(entity), Optional.of("its zone is not known"), Optional.empty());
    }

    /** A named rule's result with these findings. */
    public static RuleResult result(String rule, List<Finding> findings) {
        return result(rule, false, findings);
    }

    /** A rule's result; its invariant is {@code every az has x == "RULE"}. */
    public static RuleResult result(String rule, boolean bare, List<Finding> findings) {
        Verdict verdict = findings.stream().anyMatch(f -> f.verdict() == Verdict.FAIL) ? Verdict.FAIL
                : findings.isEmpty() ? Verdict.PASS : Verdict.UNKNOWN;
        Severity severity = findings.isEmpty() ? Severity.HIGH : findings.get(0).severity();
        return new RuleResult(rule, bare, severity, Optional.empty(), Optional.empty(), List.of(),
                "every az has x == \"" + rule + "\"", "rules.invar", verdict, 3, 3 - findings.size(), findings);
    }

    /** A report of these results, each of its own rule. */
    public static Report report(RuleResult... results) {
        return new Report(new ArrayList<>(List.of(results)), 3);
    }
}
