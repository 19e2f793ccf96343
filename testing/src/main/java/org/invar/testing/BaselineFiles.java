package org.invar.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.invar.report.baseline.Baseline;
import org.invar.report.baseline.BaselineFormatException;

/**
 * A frozen baseline's file as the assertions use it ({@link Baseline},
 * the command line's {@code --write-baseline} format): a file that is not a baseline is an
 * {@link IllegalStateException} naming its line and column, and an I/O error is unchecked.
 */
final class BaselineFiles {
    private BaselineFiles() {
    }

    static Baseline read(Path file) {
        try {
            return Baseline.read(file);
        } catch (BaselineFormatException e) {
            throw new IllegalStateException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the baseline " + file, e);
        }
    }

    static void write(Baseline baseline) {
        try {
            // A baseline named for the first time may live in a directory nobody made yet.
            Path parent = baseline.file().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            baseline.write();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the baseline " + baseline.file(), e);
        }
    }
}
