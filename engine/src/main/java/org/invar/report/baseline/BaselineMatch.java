package org.invar.report.baseline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.report.Finding;
import org.invar.report.InputReport;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;

/**
 * Today's findings held against a baseline: which ones it knows, and which of its entries no
 * finding matched (fixed since).
 *
 * <p>An entry matches a finding of the same rule, entity kind, entity id and verdict, made in the
 * same place: the same input file, or for a finding with no file the same resource. Each entry
 * accepts one finding, so a second failure of the same key in one file is new. A finding that is
 * now suppressed still uses up its entry: it is neither new nor fixed. Entries of a format 1
 * baseline have no place; they match the key in any input, first a finding of the input they
 * name, then any other, as they always did.
 *
 * <p>Only entries of the rules that ran can be fixed: entries of other rules are left alone.
 */
public final class BaselineMatch {
    private final Set<Finding> matched;
    private final List<BaselineEntry> fixed;

    private BaselineMatch(Set<Finding> matched, List<BaselineEntry> fixed) {
        this.matched = matched;
        this.fixed = List.copyOf(fixed);
    }

    private record Key(String rule, String kind, String id, Verdict verdict) {
        static Key of(BaselineEntry e) {
            return new Key(e.rule(), e.kind(), e.id(), e.verdict());
        }

        static Key of(String rule, Finding f) {
            return new Key(rule, f.entity().kind(), f.entity().id(), f.verdict());
        }
    }

    private record PlacedKey(Key key, Place place) {
    }

    private record Candidate(InputReport input, RuleResult result, Finding finding) {
    }

    public static BaselineMatch of(Baseline baseline, List<InputReport> inputs) {
        Map<PlacedKey, Deque<BaselineEntry>> placed = new HashMap<>();
        Map<Key, List<BaselineEntry>> unplaced = new HashMap<>();
        for (BaselineEntry e : baseline.entries()) {
            if (e.place().isPresent()) {
                placed.computeIfAbsent(new PlacedKey(Key.of(e), e.place().get()), k -> new ArrayDeque<>()).add(e);
            } else {
                unplaced.computeIfAbsent(Key.of(e), k -> new ArrayList<>()).add(e);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        Set<String> ran = new HashSet<>();
        for (InputReport input : inputs) {
            for (RuleResult r : input.report().results()) {
                ran.addAll(Baseline.names(r));
                for (Finding f : r.findings()) {
                    if (f.verdict() == Verdict.FAIL || f.verdict() == Verdict.UNKNOWN) {
                        candidates.add(new Candidate(input, r, f));
                    }
                }
            }
        }
        Set<Finding> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Candidate> rest = new ArrayList<>();
        for (Candidate c : candidates) {
            Deque<BaselineEntry> open = placed.get(new PlacedKey(Key.of(c.result().baselineKey(), c.finding()),
                    baseline.placeOf(c.input(), c.finding())));
            if (open != null && !open.isEmpty()) {
                open.poll();
                matched.add(c.finding());
            } else {
                rest.add(c);
            }
        }
        // Format 1 entries: first the findings of the input an entry names, then any finding of the key.
        for (boolean sameInputOnly : new boolean[] {true, false}) {
            for (Candidate c : rest) {
                if (!matched.contains(c.finding()) && takeUnplaced(unplaced, c, sameInputOnly)) {
                    matched.add(c.finding());
                }
            }
        }
        List<BaselineEntry> fixed = new ArrayList<>();
        placed.values().forEach(fixed::addAll);
        unplaced.values().forEach(fixed::addAll);
        fixed.removeIf(e -> !ran.contains(e.rule()));
        return new BaselineMatch(matched, fixed.stream().sorted().toList());
    }

    private static boolean takeUnplaced(Map<Key, List<BaselineEntry>> unplaced, Candidate c, boolean sameInputOnly) {
        for (String rule : Baseline.names(c.result())) {
            List<BaselineEntry> open = unplaced.getOrDefault(Key.of(rule, c.finding()), List.of());
            for (int i = 0; i < open.size(); i++) {
                if (!sameInputOnly || open.get(i).input().equals(c.input().name())) {
                    open.remove(i);
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the baseline holds this finding (compared by identity: the same finding twice is two). */
    public boolean matched(Finding f) {
        return matched.contains(f);
    }

    /** Entries of the rules that ran that no finding matched, sorted: fixed since the baseline was written. */
    public List<BaselineEntry> fixed() {
        return fixed;
    }
}
