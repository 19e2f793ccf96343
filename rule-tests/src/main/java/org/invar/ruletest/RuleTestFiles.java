package org.invar.ruletest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds rule test files: files named {@code *.tests.yaml} or {@code *.tests.yml}, next to the
 * rules they test ({@code availability.invar} and {@code availability.tests.yaml}).
 */
public final class RuleTestFiles {
    private RuleTestFiles() {
    }

    /** Whether the file's name marks it as a rule test file. */
    public static boolean isTestFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.endsWith(".tests.yaml") || name.endsWith(".tests.yml");
    }

    /**
     * The test files a path names: a file itself (whatever its name), or the test files in a
     * directory and its subdirectories, in name order.
     */
    public static List<Path> find(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(p -> isTestFile(p) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test files in directories, without repeats, for looking up examples of a rule. */
    public static List<Path> findAll(List<Path> directories) {
        List<Path> all = new ArrayList<>();
        for (Path dir : directories) {
            if (Files.isDirectory(dir)) {
                for (Path p : find(dir)) {
                    if (!all.contains(p.normalize())) {
                        all.add(p.normalize());
                    }
                }
            }
        }
        return all;
    }
}
