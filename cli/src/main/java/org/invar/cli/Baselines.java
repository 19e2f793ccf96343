package org.invar.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.invar.report.Finding;
import org.invar.report.Verdict;
import org.invar.report.baseline.BaselineEntry;
import org.invar.report.baseline.BaselineFile;
import org.invar.report.baseline.BaselineFormatException;

/**
 * The baseline file of {@code --write-baseline} and {@code --baseline} ({@link BaselineFile}) as the
 * command uses it: a file that cannot be read or is not a baseline ends the command with status 2
 * and a {@code file:line:col: error:} message; entries are today's failures with their input.
 */
final class Baselines {
    private Baselines() {
    }

    static List<BaselineEntry> read(Path file) {
        try {
            return BaselineFile.read(file);
        } catch (BaselineFormatException e) {
            throw new ExitException(ExitCodes.USAGE, e.getMessage());
        } catch (IOException e) {
            throw new ExitException(ExitCodes.USAGE, file + ": error: cannot read the baseline: " + IoErrors.describe(e));
        }
    }

    static void write(Path file, List<BaselineEntry> entries) {
        try {
            BaselineFile.write(file, entries);
        } catch (IOException e) {
            throw new ExitException(ExitCodes.USAGE, file + ": error: cannot write the baseline: " + IoErrors.describe(e));
        }
    }

    static BaselineEntry entry(CheckedInput input, Finding f) {
        return new BaselineEntry(f.rule(), f.entity().kind(), f.entity().id(), input.input());
    }

    /** Today's failures that count, sorted: failures that are not suppressed, whatever their severity. */
    static List<BaselineEntry> today(List<CheckedInput> inputs) {
        return inputs.stream()
                .flatMap(in -> in.report().violations().stream().filter(Baselines::recordable).map(f -> entry(in, f)))
                .sorted().toList();
    }

    static boolean recordable(Finding f) {
        return f.verdict() == Verdict.FAIL && !f.isSuppressed();
    }

    /** What matches a failure: the rule and the entity, not the input. */
    static Key key(BaselineEntry e) {
        return new Key(e.rule(), e.kind(), e.id());
    }

    record Key(String rule, String kind, String id) {
    }
}
