package org.invar.terraform;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpus of public configurations, plans and states (see its PROVENANCE.md), found
 * through the system property {@code invar.corpus} or the environment variable
 * {@code INVAR_CORPUS}. Without it a test that needs it does not run, and says why.
 */
final class Corpus {
    private Corpus() {
    }

    static Path dir() {
        String dir = System.getProperty("invar.corpus");
        if (dir == null || dir.isBlank() || dir.startsWith("${")) {
            dir = System.getenv("INVAR_CORPUS");
        }
        Assumptions.assumeTrue(dir != null && !dir.isBlank(),
                "no corpus: set -Dinvar.corpus=PATH or INVAR_CORPUS=PATH (../shared/corpus) to run the corpus tests");
        Path path = Path.of(dir);
        Assumptions.assumeTrue(Files.isDirectory(path), "the corpus directory " + path + " does not exist");
        return path;
    }
}
