package org.invar.report.judgement;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.report.Finding;
import org.invar.report.InputReport;
import org.invar.report.Report;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;
import org.invar.report.baseline.BaselineEntry;
import org.invar.report.baseline.BaselineMatch;

/**
 * The reports of one check judged by a {@link FindingPolicy}: the standing of each failure and
 * unknown verdict, whether the check fails, and, with a baseline in force, what it knew and what
 * was fixed since. Reporters and front ends read it; none decides again whether a finding counts.
 */
public final class Judgement {
    private final FindingPolicy policy;
    private final Map<Finding, Standing> standings;
    private final Optional<BaselineMatch> baseline;

    private Judgement(FindingPolicy policy, Map<Finding, Standing> standings, Optional<BaselineMatch> baseline) {
        this.policy = policy;
        this.standings = standings;
        this.baseline = baseline;
    }

    static Judgement of(FindingPolicy policy, List<InputReport> inputs) {
        Optional<BaselineMatch> match = policy.baseline().map(b -> BaselineMatch.of(b, inputs));
        // By identity: one input checked twice has equal findings that are judged apart.
        Map<Finding, Standing> standings = new IdentityHashMap<>();
        for (InputReport input : inputs) {
            for (Finding f : findings(input)) {
                standings.put(f, policy.standing(f, match.isPresent() && match.get().matched(f)));
            }
        }
        return new Judgement(policy, standings, match);
    }

    private static List<Finding> findings(InputReport input) {
        List<Finding> all = new ArrayList<>();
        for (RuleResult r : input.report().results()) {
            for (Finding f : r.findings()) {
                if (f.verdict() == Verdict.FAIL || f.verdict() == Verdict.UNKNOWN) {
                    all.add(f);
                }
            }
        }
        return all;
    }

    public FindingPolicy policy() {
        return policy;
    }

    /** What a failure or unknown verdict of these reports means for the check. */
    public Standing standing(Finding f) {
        Standing s = standings.get(f);
        if (s == null) {
            throw new IllegalArgumentException("not a failure or unknown verdict of the judged reports: " + f.entity());
        }
        return s;
    }

    public boolean counts(Finding f) {
        return standing(f) == Standing.COUNTS;
    }

    /** Whether the baseline in force accepts this finding; false without a baseline. */
    public boolean inBaseline(Finding f) {
        return standing(f) == Standing.IN_BASELINE;
    }

    /** Whether something counts: the check fails. */
    public boolean fails() {
        return standings.values().stream().anyMatch(s -> s == Standing.COUNTS);
    }

    /** The findings of a report of the judged inputs that have this standing, in rule order. */
    public List<Finding> findings(Report report, Standing standing) {
        return report.results().stream().flatMap(r -> r.findings().stream())
                .filter(f -> standings.get(f) == standing).toList();
    }

    /** The findings of one rule's result that have this standing, in order. */
    public List<Finding> findings(RuleResult result, Standing standing) {
        return result.findings().stream().filter(f -> standings.get(f) == standing).toList();
    }

    /** How many findings of all inputs with this verdict have this standing. */
    public long count(Verdict verdict, Standing standing) {
        return standings.entrySet().stream()
                .filter(e -> e.getKey().verdict() == verdict && e.getValue() == standing).count();
    }

    /** Whether a baseline is in force. */
    public boolean hasBaseline() {
        return baseline.isPresent();
    }

    /** Findings, not suppressed, that the baseline knows; 0 without one. */
    public long known() {
        return standings.values().stream().filter(s -> s == Standing.IN_BASELINE).count();
    }

    /** Findings, not suppressed, that the baseline does not know, whether or not they count; 0 without one. */
    public long fresh() {
        if (baseline.isEmpty()) {
            return 0;
        }
        return standings.values().stream()
                .filter(s -> s != Standing.SUPPRESSED && s != Standing.IN_BASELINE).count();
    }

    /** The baseline's entries of the rules that ran that no finding matched, sorted; none without a baseline. */
    public List<BaselineEntry> fixed() {
        return baseline.map(BaselineMatch::fixed).orElse(List.of());
    }
}
