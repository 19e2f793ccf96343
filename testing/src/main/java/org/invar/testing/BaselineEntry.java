package org.invar.testing;

import java.util.Comparator;
import java.util.Objects;
import org.invar.report.EntityRef;

/**
 * A violation a baseline knows: the rule (its id; a bare invariant by its canonical text, since
 * the id of a bare invariant moves with its line) and the entity that violated it.
 */
record BaselineEntry(String rule, String kind, String id) implements Comparable<BaselineEntry> {
    private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::rule)
            .thenComparing(BaselineEntry::kind).thenComparing(BaselineEntry::id);

    BaselineEntry {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    static BaselineEntry of(String rule, EntityRef entity) {
        return new BaselineEntry(rule, entity.kind(), entity.id());
    }

    EntityRef entity() {
        return new EntityRef(kind, id);
    }

    @Override
    public int compareTo(BaselineEntry other) {
        return ORDER.compare(this, other);
    }
}
