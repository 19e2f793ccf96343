package org.invar.format;

import java.util.List;
import java.util.Optional;
import org.invar.report.InputReport;
import org.invar.report.Report;
import org.invar.spi.ModelInput;

/**
 * The report of the rules over one input, under the name the user gave the input. An input built
 * with {@code --merge} from several files is one checked input named after all of them.
 *
 * @param input the name reports use: the path as given, {@code <stdin>}, or the merged names joined by ", "
 * @param sources the inputs it was loaded from, as given ({@code -} for standard input)
 */
public record CheckedInput(String input, List<String> sources, Report report) {
    public CheckedInput {
        sources = List.copyOf(sources);
    }

    /** An input checked on its own. */
    public static CheckedInput single(String source, Report report) {
        return new CheckedInput(displayName(source), List.of(source), report);
    }

    /** The sources that are files or directories: not standard input, not a scheme such as {@code aws:}. */
    public List<String> files() {
        return sources.stream().filter(s -> !s.equals("-") && ModelInput.of(s).scheme().isEmpty()).toList();
    }

    /** The first source that is a file or directory. */
    public Optional<String> file() {
        return files().stream().findFirst();
    }

    /** The report with the files a baseline places its findings in. */
    public InputReport judged() {
        return InputReport.read(input, files(), report);
    }

    public static String displayName(String source) {
        return source.equals("-") ? "<stdin>" : source;
    }
}
