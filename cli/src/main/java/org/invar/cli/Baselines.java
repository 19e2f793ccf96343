package org.invar.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.invar.report.baseline.Baseline;
import org.invar.report.baseline.BaselineFormatException;

/**
 * The baseline files of {@code --baseline} and {@code --write-baseline} ({@link Baseline}) as the
 * command uses them: a file that cannot be read or is not a baseline ends the command with status
 * 2 and a {@code file:line:col: error:} message, as does one that cannot be written.
 */
final class Baselines {
    private Baselines() {
    }

    static Baseline read(Path file) {
        try {
            return Baseline.read(file);
        } catch (BaselineFormatException e) {
            throw new ExitException(ExitCodes.USAGE, e.getMessage());
        } catch (IOException e) {
            throw new ExitException(ExitCodes.USAGE, file + ": error: cannot read the baseline: " + IoErrors.describe(e));
        }
    }

    static void write(Baseline baseline) {
        try {
            baseline.write();
        } catch (IOException e) {
            throw new ExitException(ExitCodes.USAGE, baseline.file() + ": error: cannot write the baseline: "
                    + IoErrors.describe(e));
        }
    }

    /** What a format 1 baseline means now, for standard error. */
    static String unplacedWarning(Path file) {
        return "warning: " + file + ": this baseline does not say which file each violation was found in (it was"
                + " written by an earlier invar): its entries match a violation of the same rule, entity kind and"
                + " id in any input; write it again with --write-baseline to match per file";
    }
}
