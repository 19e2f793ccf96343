package org.invar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The test resources as files, and variants of the seed model written next to them. */
final class Fixtures {
    private Fixtures() {
    }

    /** A test resource as a path on disk. */
    static Path resource(String name) {
        try {
            return Paths.get(Fixtures.class.getResource("/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("no test resource " + name, e);
        }
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed scenario: two AZs, an ALB in both, an ECS service with desired_count 1 over both. */
    static Path seedModel() {
        return resource("seed/model.json");
    }

    /** The seed scenario with the ECS service's desired_count given as this JSON value. */
    static Path seedModel(Path dir, String desiredCount) {
        String seed = text("seed/model.json");
        String changed = seed.replace("\"desired_count\": 1", "\"desired_count\": " + desiredCount);
        if (changed.equals(seed)) {
            throw new IllegalStateException("the seed model no longer has \"desired_count\": 1");
        }
        return write(dir.resolve("model.json"), changed);
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
