package org.invar.ruletest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test resources as paths, and files written by tests. */
final class Files {
    private Files() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Files.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + name, e);
        }
    }

    static Path write(Path file, String text) {
        try {
            java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
            return java.nio.file.Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A directory with the seed rules and models, to write test files into. */
    static Path seedCopy(Path dir) {
        for (String name : new String[] {"azs.invar", "model.json", "two-tasks.json"}) {
            try {
                java.nio.file.Files.copy(resource("seed/" + name), dir.resolve(name),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }
}
