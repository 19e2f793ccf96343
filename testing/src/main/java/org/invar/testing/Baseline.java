package org.invar.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.invar.report.baseline.BaselineEntry;
import org.invar.report.baseline.BaselineFile;
import org.invar.report.baseline.BaselineFormatException;

/**
 * A frozen baseline as the assertions use it: the file of {@link BaselineFile}, the command line's
 * {@code --write-baseline} format, read as a set of (rule, entity). A test's model has no input
 * name, so entries are written without one and any input a file names is ignored when reading.
 * A file that is not a baseline is an {@link IllegalStateException} naming its line and column.
 */
final class Baseline {
    private Baseline() {
    }

    static Set<BaselineEntry> read(Path file) {
        try {
            Set<BaselineEntry> entries = new TreeSet<>();
            BaselineFile.read(file).forEach(e -> entries.add(BaselineEntry.of(e.rule(), e.entity())));
            return entries;
        } catch (BaselineFormatException e) {
            throw new IllegalStateException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the baseline " + file, e);
        }
    }

    static void write(Path file, Collection<BaselineEntry> entries) {
        try {
            // A baseline named for the first time may live in a directory nobody made yet.
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            BaselineFile.write(file, entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the baseline " + file, e);
        }
    }
}
