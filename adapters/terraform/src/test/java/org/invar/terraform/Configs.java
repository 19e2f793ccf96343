package org.invar.terraform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.invar.model.Model;
import org.invar.spi.LoadOptions;

/** Configurations written to a directory for a test: file name, content, file name, content ... */
final class Configs {
    private Configs() {
    }

    static Path write(Path dir, String... namesAndContents) {
        try {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                Path file = dir.resolve(namesAndContents[i]);
                Files.createDirectories(file.getParent());
                Files.writeString(file, namesAndContents[i + 1]);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Model load(Path dir) {
        return load(dir, Map.of());
    }

    static Model load(Path dir, Map<String, String> params) {
        try {
            return Terraform.loadDirectory(dir, new LoadOptions(params, Optional.empty(), Optional.empty()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a fixture directory (with its subdirectories) to dir. */
    static Path copy(Path fixture, Path dir) {
        try (var files = Files.walk(fixture)) {
            for (Path p : files.toList()) {
                Path to = dir.resolve(fixture.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
