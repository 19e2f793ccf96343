package org.invar.report.baseline;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.invar.report.EntityRef;
import org.invar.report.Verdict;

/**
 * A finding a baseline accepts: the rule (its id; a bare invariant by its canonical text), the
 * entity, the verdict (a failure, or a verdict that could not be decided) and the place it was
 * found in. An entry of a baseline written before places were recorded (format 1) has no place and
 * matches the rule, kind and id in any input; the input it names ({@code ""} when none) only
 * breaks ties. Entries are ordered by rule, kind, id, verdict and place, the order of the file.
 *
 * @param place where the finding was made; empty for an entry of a format 1 baseline
 * @param input the input a format 1 entry names; {@code ""} for the others
 */
public record BaselineEntry(String rule, String kind, String id, Verdict verdict, Optional<Place> place, String input)
        implements Comparable<BaselineEntry> {
    private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::rule)
            .thenComparing(BaselineEntry::kind).thenComparing(BaselineEntry::id)
            .thenComparing(BaselineEntry::verdict)
            .thenComparing(e -> e.place().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(BaselineEntry::input);

    public BaselineEntry {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(input, "input");
        if (verdict != Verdict.FAIL && verdict != Verdict.UNKNOWN) {
            throw new IllegalArgumentException("a baseline accepts failures and unknown verdicts, not " + verdict.word());
        }
        if (place.isPresent() && !input.isEmpty()) {
            throw new IllegalArgumentException("an entry with a place names no input");
        }
    }

    /** An entry of today's baselines: the finding's rule, entity, verdict and place. */
    public static BaselineEntry of(String rule, EntityRef entity, Verdict verdict, Place place) {
        return new BaselineEntry(rule, entity.kind(), entity.id(), verdict, Optional.of(place), "");
    }

    /** An entry of a format 1 baseline: a failure of the rule and entity in any input. */
    public static BaselineEntry unplaced(String rule, EntityRef entity, String input) {
        return new BaselineEntry(rule, entity.kind(), entity.id(), Verdict.FAIL, Optional.empty(), input);
    }

    public EntityRef entity() {
        return new EntityRef(kind, id);
    }

    /** Whether the entry comes from a baseline that recorded no places (format 1). */
    public boolean unplaced() {
        return place.isEmpty();
    }

    /** The same entry found in another file (a baseline's file moved). */
    BaselineEntry inFile(String file) {
        return new BaselineEntry(rule, kind, id, verdict, Optional.of(Place.file(file)), "");
    }

    /** Where it was found, for people: the file, the resource, a format 1 entry's input, or {@code ""}. */
    public String where() {
        return place.map(Place::describe).orElse(input);
    }

    @Override
    public int compareTo(BaselineEntry other) {
        return ORDER.compare(this, other);
    }
}
