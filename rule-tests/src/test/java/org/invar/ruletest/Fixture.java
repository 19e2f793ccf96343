package org.invar.ruletest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Variants of the seed model written by tests. */
final class Fixture {
    private Fixture() {
    }

    /** The seed model with an unknown desired count, written next to the others; returns its file name. */
    static String unknownCount(Path dir) {
        try {
            String seed = java.nio.file.Files.readString(dir.resolve("model.json"), StandardCharsets.UTF_8);
            String changed = seed.replace("\"desired_count\": 1",
                    "\"desired_count\": {\"unknown\": \"parameter ServiceCount has no value\"}");
            if (changed.equals(seed)) {
                throw new IllegalStateException("the seed model no longer has \"desired_count\": 1");
            }
            Files.write(dir.resolve("unknown.json"), changed);
            return "unknown.json";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
