package org.invar.report.baseline;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.report.Finding;
import org.invar.report.InputReport;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;

/**
 * A baseline: the findings a team has accepted, and the file they are kept in. Places are paths
 * relative to the file's folder, with {@code /} between names: a checkout in another folder, or a
 * run from another working directory, finds the same paths.
 *
 * <pre>{@code
 * Baseline accepted = Baseline.read(Path.of("invar-baseline.json"));
 * Judgement j = FindingPolicy.failingAt(Severity.LOW).withBaseline(accepted).judge(inputs);
 * Baseline.recording(Path.of("invar-baseline.json"), inputs).write();   // accept today's findings
 * }</pre>
 */
public final class Baseline {
    private final Path file;
    private final Path folder;
    private final List<BaselineEntry> entries;

    private Baseline(Path file, List<BaselineEntry> entries) {
        this.file = file;
        Path parent = file.toAbsolutePath().normalize().getParent();
        this.folder = parent == null ? file.toAbsolutePath().getRoot() : parent;
        this.entries = entries.stream().sorted().toList();
    }

    /** The baseline in a file; {@link BaselineFormatException} when it is not one. */
    public static Baseline read(Path file) throws IOException {
        return new Baseline(file, BaselineFile.read(file));
    }

    /** These entries, to be kept in {@code file}. */
    public static Baseline of(Path file, Collection<BaselineEntry> entries) {
        return new Baseline(file, List.copyOf(entries));
    }

    /**
     * Today's findings, to be kept in {@code file}: every failure and every unknown verdict that is
     * not suppressed, whatever its severity and whether or not it counts, each with its place.
     */
    public static Baseline recording(Path file, List<InputReport> inputs) {
        Baseline empty = new Baseline(file, List.of());
        List<BaselineEntry> today = new ArrayList<>();
        for (InputReport input : inputs) {
            for (RuleResult r : input.report().results()) {
                for (Finding f : r.findings()) {
                    if (!f.isSuppressed() && (f.verdict() == Verdict.FAIL || f.verdict() == Verdict.UNKNOWN)) {
                        today.add(BaselineEntry.of(r.baselineKey(), f.entity(), f.verdict(), empty.placeOf(input, f)));
                    }
                }
            }
        }
        return new Baseline(file, today);
    }

    public Path file() {
        return file;
    }

    /** The entries, sorted. */
    public List<BaselineEntry> entries() {
        return entries;
    }

    /** Whether it was written before places were recorded (format 1): its entries match in any input. */
    public boolean unplaced() {
        return entries.stream().anyMatch(BaselineEntry::unplaced);
    }

    /** Writes the file. */
    public void write() throws IOException {
        BaselineFile.write(file, entries);
    }

    /** The same baseline without these entries (those fixed since, say). */
    public Baseline without(Collection<BaselineEntry> gone) {
        List<BaselineEntry> kept = new ArrayList<>(entries);
        gone.forEach(kept::remove);
        return new Baseline(file, kept);
    }

    /**
     * The same baseline with files moved: each key, a file or folder as an input would name it,
     * is now at its value. An entry in a moved folder moves with it; the longest match wins.
     */
    public Baseline movingFiles(Map<String, String> moves) {
        Map<String, String> relative = new LinkedHashMap<>();
        moves.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, String> m) -> m.getKey().length())
                .reversed()).forEach(m -> relative.put(relative(m.getKey()), relative(m.getValue())));
        List<BaselineEntry> moved = new ArrayList<>();
        for (BaselineEntry e : entries) {
            moved.add(e.place().filter(p -> !p.file().isEmpty()).map(p -> moved(e, p.file(), relative)).orElse(e));
        }
        return new Baseline(file, moved);
    }

    private static BaselineEntry moved(BaselineEntry e, String at, Map<String, String> moves) {
        for (Map.Entry<String, String> m : moves.entrySet()) {
            if (at.equals(m.getKey())) {
                return e.inFile(m.getValue());
            }
            if (at.startsWith(m.getKey() + "/")) {
                return e.inFile(m.getValue() + at.substring(m.getKey().length()));
            }
        }
        return e;
    }

    /**
     * Where a finding was made, as this baseline records it: its input file (see
     * {@link InputReport#fileOf}) relative to the baseline's folder; else the resource its origin
     * names (a live resource's ARN); else nowhere.
     */
    public Place placeOf(InputReport input, Finding f) {
        return input.fileOf(f).map(file -> Place.file(relative(file)))
                .or(() -> f.origin().resourceOpt().map(Place::resource))
                .orElse(Place.NOWHERE);
    }

    /** A path as given (relative to the working directory) as a path from the baseline's folder, {@code /}-separated. */
    String relative(String path) {
        Path p;
        try {
            p = Path.of(path).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return path.replace('\\', '/');
        }
        Path from;
        try {
            from = folder.relativize(p);
        } catch (IllegalArgumentException e) {
            from = p; // another drive: nothing relative leads there
        }
        String text = from.toString().replace(from.getFileSystem().getSeparator(), "/");
        return text.isEmpty() ? "." : text;
    }

    /** The rules an entry may name for this result: its baseline key, and its id for a format 1 entry. */
    static Set<String> names(RuleResult r) {
        return r.bare() ? Set.of(r.rule(), r.invariant()) : Set.of(r.rule());
    }
}
