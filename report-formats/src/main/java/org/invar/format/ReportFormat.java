package org.invar.format;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link CheckRun} in one format. A format only reads the run: the verdicts, counts and
 * baseline matches are already there, so every format tells the same story.
 *
 * <p>Formats are found with {@link java.util.ServiceLoader}: a new one is a class with a public
 * constructor that takes no arguments and a line naming it in
 * {@code META-INF/services/org.invar.format.ReportFormat}; {@link ReportFormats} then offers it
 * by its {@link #name()}, and so does {@code invar check --format}.
 *
 * <pre>{@code
 * ReportFormat sarif = ReportFormats.named("sarif").orElseThrow();
 * sarif.write(out, run, FormatOptions.defaults());
 * }</pre>
 */
public interface ReportFormat {
    /** The name that selects it ({@code --format NAME}): one lower-case word. */
    String name();

    /** What it is for, in a few words, for help texts. */
    String description();

    void write(Writer out, CheckRun run, FormatOptions options) throws IOException;
}
