package org.invar.cli;

import java.util.Comparator;
import java.util.List;
import org.invar.report.Finding;
import org.invar.report.Verdict;

/**
 * A failure a baseline accepts: the rule, the entity (kind and id) and the input it was found in.
 * Entries match failures on rule, kind and id; the input only breaks ties (see {@link BaselineComparison}).
 */
record BaselineEntry(String rule, String kind, String id, String input) implements Comparable<BaselineEntry> {
    private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::rule)
            .thenComparing(BaselineEntry::kind).thenComparing(BaselineEntry::id).thenComparing(BaselineEntry::input);

    static BaselineEntry of(CheckedInput input, Finding f) {
        return new BaselineEntry(f.rule(), f.entity().kind(), f.entity().id(), input.input());
    }

    /** Today's failures that count, sorted: failures that are not suppressed, whatever their severity. */
    static List<BaselineEntry> today(List<CheckedInput> inputs) {
        return inputs.stream()
                .flatMap(in -> in.report().violations().stream().filter(BaselineEntry::recordable).map(f -> of(in, f)))
                .sorted().toList();
    }

    static boolean recordable(Finding f) {
        return f.verdict() == Verdict.FAIL && !f.isSuppressed();
    }

    /** What matches: the rule and the entity, not the input. */
    Key key() {
        return new Key(rule, kind, id);
    }

    record Key(String rule, String kind, String id) {
    }

    @Override
    public int compareTo(BaselineEntry other) {
        return ORDER.compare(this, other);
    }
}
