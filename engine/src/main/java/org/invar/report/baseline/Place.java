package org.invar.report.baseline;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where a finding was made, as a baseline records it: the input file it was found in, as a path
 * relative to the baseline file's folder with {@code /} between names, so that the baseline holds
 * in any checkout; else, for a finding with no file (a live resource), the resource its origin
 * names (an ARN); else nowhere in particular. At most one of {@code file} and {@code resource} is
 * given; {@code ""} is absent.
 */
public record Place(String file, String resource) implements Comparable<Place> {
    /** A finding with neither a file nor a resource: a hand-built entity, a count over a kind of a live account. */
    public static final Place NOWHERE = new Place("", "");

    private static final Comparator<Place> ORDER = Comparator.comparing((Place p) -> p.file()).thenComparing(Place::resource);

    public Place {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(resource, "resource");
        if (!file.isEmpty() && !resource.isEmpty()) {
            throw new IllegalArgumentException("a place is a file or a resource, not both");
        }
    }

    public static Place file(String file) {
        return new Place(file, "");
    }

    public static Place resource(String resource) {
        return new Place("", resource);
    }

    /** The file, the resource, or {@code ""}. */
    public String describe() {
        return file.isEmpty() ? resource : file;
    }

    @Override
    public int compareTo(Place other) {
        return ORDER.compare(this, other);
    }
}
