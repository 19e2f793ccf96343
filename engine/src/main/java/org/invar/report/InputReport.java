package org.invar.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A report with what a baseline needs to know of the input it was made from: the name reports give
 * the input, and the files it was read from, so that a finding can be placed in one of them.
 *
 * <pre>{@code
 * InputReport.read("stacks/web.yml", List.of("stacks/web.yml"), report)   // what the command line checked
 * InputReport.model(report)                                               // a model loaded in a test
 * }</pre>
 *
 * @param name how reports name the input: a path, {@code <stdin>}, {@code aws:...}, the merged names
 * @param files the files and directories the input was read from, as given; none for standard
 *     input and live accounts
 * @param originsNameFiles whether the origins' files are the files to place findings in: for a
 *     model whose inputs are not known (loaded in a test), not for inputs named on a command line
 */
public record InputReport(String name, List<String> files, boolean originsNameFiles, Report report) {
    public InputReport {
        files = List.copyOf(files);
    }

    /** The report of inputs read from these files (none for standard input and live accounts). */
    public static InputReport read(String name, List<String> files, Report report) {
        return new InputReport(name, files, false, report);
    }

    /** The report of a model whose inputs are not known: its entities' origins name their files. */
    public static InputReport model(Report report) {
        return new InputReport("", List.of(), true, report);
    }

    /**
     * The file a finding was made in, as given: the input file that is its origin's file or holds
     * it (a {@code .tf} file of a directory); else the input's only file (a nested stack's template,
     * an entity derived from others); else, for a model whose inputs are not known, the origin's
     * file. Empty for a finding of several merged inputs that is in none of them, and for standard
     * input and live accounts, which have no file.
     */
    public Optional<String> fileOf(Finding finding) {
        Optional<String> origin = finding.origin().fileOpt();
        if (origin.isPresent()) {
            for (String file : files) {
                if (holds(file, origin.get())) {
                    return Optional.of(file);
                }
            }
        }
        if (files.size() == 1) {
            return Optional.of(files.get(0));
        }
        return originsNameFiles ? origin : Optional.empty();
    }

    private static boolean holds(String file, String origin) {
        if (file.equals(origin)) {
            return true;
        }
        try {
            Path dir = Path.of(file).toAbsolutePath().normalize();
            return Path.of(origin).toAbsolutePath().normalize().startsWith(dir);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
