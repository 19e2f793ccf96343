package org.invar.terraform.hcl.function;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.invar.terraform.hcl.value.Sets;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code fileset(path, pattern)}: the regular files under {@code path} whose path from there
 * matches the {@link Glob}, as a set of {@code /}-separated paths relative to {@code path},
 * sorted. A relative {@code path} is read from the root module's directory, as the other file
 * functions read theirs. A directory that is not there gives an empty set, as in Terraform.
 */
final class FileSet extends BaseFunction {
    /** More files than this under one directory are not listed: a configuration's files are fewer. */
    private static final int MAX_FILES = 100_000;

    private final Path base;

    FileSet(Path base) {
        super("fileset", Param.string("path"), Param.string("pattern"));
        this.base = base;
    }

    @Override
    public Value apply(List<Value> args) {
        String dir = text(args.get(0));
        String pattern = text(args.get(1));
        Pattern glob;
        try {
            glob = Glob.compile(pattern);
        } catch (IllegalArgumentException e) {
            throw new FunctionException(1, "failed to glob pattern \"" + pattern + "\": syntax error in pattern ("
                    + e.getMessage() + ")");
        }
        Path root = Files.resolve(base, dir);
        // Walk only below the pattern's literal leading directories ("../shared/*.json" reads ../shared).
        String[] parts = pattern.split("/", -1);
        Path start = root;
        String prefix = "";
        for (int i = 0; i < parts.length - 1 && Glob.literal(parts[i]); i++) {
            start = start.resolve(parts[i]);
            prefix += parts[i] + "/";
        }
        if (!java.nio.file.Files.isDirectory(start)) {
            return Sets.of(List.of());
        }
        List<Value> found = new ArrayList<>();
        Path from = start;
        String lead = prefix;
        try (Stream<Path> files = java.nio.file.Files.walk(from)) {
            files.filter(java.nio.file.Files::isRegularFile).limit(MAX_FILES + 1L).forEach(p -> {
                String relative = lead + from.relativize(p).toString().replace(java.io.File.separatorChar, '/');
                if (glob.matcher(relative).matches()) {
                    found.add(str(GoPaths.clean(relative)));
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new FunctionException(0, "failed to list \"" + dir + "\": " + e.getMessage());
        }
        if (found.size() > MAX_FILES) {
            throw new FunctionException(0, "\"" + dir + "\" holds more than " + MAX_FILES + " files; invar lists no more");
        }
        return Sets.of(found);
    }
}
