package org.invar.report.baseline;

import java.util.Comparator;
import java.util.Objects;
import org.invar.report.EntityRef;

/**
 * A failure a baseline accepts: the rule (its id; a bare invariant by its canonical text), the
 * entity that failed it, and the input it was found in ({@code ""} when there is no input name,
 * as for a model built in a test). Entries are ordered by rule, kind, id and input, the order of
 * the file.
 */
public record BaselineEntry(String rule, String kind, String id, String input) implements Comparable<BaselineEntry> {
    private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::rule)
            .thenComparing(BaselineEntry::kind).thenComparing(BaselineEntry::id).thenComparing(BaselineEntry::input);

    public BaselineEntry {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(input, "input");
    }

    /** An entry without an input name. */
    public static BaselineEntry of(String rule, EntityRef entity) {
        return new BaselineEntry(rule, entity.kind(), entity.id(), "");
    }

    public EntityRef entity() {
        return new EntityRef(kind, id);
    }

    @Override
    public int compareTo(BaselineEntry other) {
        return ORDER.compare(this, other);
    }
}
