package org.invar.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link CheckRun} in one format. A reporter only reads the run: the verdicts, counts and
 * baseline matches are already there, so every format tells the same story.
 *
 * <pre>{@code
 * Reporter reporter = new SarifReport(VersionProvider.version(), Path.of("").toAbsolutePath());
 * reporter.write(out, run);
 * }</pre>
 */
interface Reporter {
    void write(Writer out, CheckRun run) throws IOException;
}
