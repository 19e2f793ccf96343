package org.invar.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --rules PATH}... and {@code --no-stdlib}: which rules a command works with. */
final class RuleOptions {
    @Option(names = "--rules", paramLabel = "PATH",
            description = "A rule file, or a directory searched recursively for *.invar files. Repeatable.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--no-stdlib",
            description = "Do not add the standard library's rules; only --rules are used.")
    boolean noStdlib;
}
