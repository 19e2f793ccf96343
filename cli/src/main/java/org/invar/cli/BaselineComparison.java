package org.invar.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.report.Finding;
import org.invar.report.Verdict;
import org.invar.report.baseline.BaselineEntry;

/**
 * Today's failures held against a baseline: which ones it already knew (they are reported but do
 * not fail the run) and which of its entries no longer fail (fixed since).
 *
 * <p>A failure matches an entry with the same rule, entity kind and entity id. The input name is
 * not part of the match, so moving or renaming a template does not turn its known failures into
 * new ones; it only breaks ties: when one key occurs in several inputs, entries are paired first
 * with failures of the input they name, then with the remaining failures in order. Each entry
 * accepts one failure, so a second service with the same logical id in another input is new.
 * A failure that is now suppressed still uses up its entry: it is neither new nor fixed.
 */
final class BaselineComparison {
    private final Set<Finding> known;
    private final List<BaselineEntry> fixed;
    private final int fresh;

    private BaselineComparison(Set<Finding> known, List<BaselineEntry> fixed, int fresh) {
        this.known = known;
        this.fixed = List.copyOf(fixed);
        this.fresh = fresh;
    }

    static BaselineComparison of(List<BaselineEntry> baseline, List<CheckedInput> inputs) {
        Map<Baselines.Key, List<BaselineEntry>> open = new LinkedHashMap<>();
        baseline.stream().sorted().forEach(e -> open.computeIfAbsent(Baselines.key(e), k -> new ArrayList<>()).add(e));
        record Failure(CheckedInput input, Finding finding) {
        }
        List<Failure> failures = new ArrayList<>();
        for (CheckedInput input : inputs) {
            for (Finding f : input.report().violations()) {
                if (f.verdict() == Verdict.FAIL) {
                    failures.add(new Failure(input, f));
                }
            }
        }
        Set<Finding> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        // First the failures whose input the entry names, then any failure with the key.
        for (boolean sameInputOnly : new boolean[] {true, false}) {
            for (Failure failure : failures) {
                if (matched.contains(failure.finding())) {
                    continue;
                }
                BaselineEntry today = Baselines.entry(failure.input(), failure.finding());
                List<BaselineEntry> candidates = open.getOrDefault(Baselines.key(today), List.of());
                for (int i = 0; i < candidates.size(); i++) {
                    if (!sameInputOnly || candidates.get(i).input().equals(today.input())) {
                        candidates.remove(i);
                        matched.add(failure.finding());
                        break;
                    }
                }
            }
        }
        Set<Finding> known = Collections.newSetFromMap(new IdentityHashMap<>());
        matched.stream().filter(f -> !f.isSuppressed()).forEach(known::add);
        List<BaselineEntry> fixed = open.values().stream().flatMap(List::stream).sorted().toList();
        int fresh = (int) failures.stream().map(Failure::finding)
                .filter(f -> !f.isSuppressed() && !known.contains(f)).count();
        return new BaselineComparison(known, fixed, fresh);
    }

    /** Whether the baseline holds this failure, which then does not fail the run. */
    boolean known(CheckedInput input, Finding finding) {
        return known.contains(finding);
    }

    /** Entries no failure matched: fixed since the baseline was written, in the baseline's order. */
    List<BaselineEntry> fixed() {
        return fixed;
    }

    /** Failures, not suppressed, that the baseline knows. */
    int knownCount() {
        return known.size();
    }

    /** Failures, not suppressed, that the baseline does not know. */
    int newCount() {
        return fresh;
    }
}
