package org.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

/**
 * Compares output with a golden file under src/test/resources/golden. Run the tests with
 * {@code -Dinvar.golden.update=true} to write the goldens afresh, then read the diff before
 * keeping it. {@code ${version}} in a golden stands for the build's version.
 */
final class Golden {
    private static final boolean UPDATE = Boolean.getBoolean("invar.golden.update");

    private Golden() {
    }

    static void assertMatches(String name, String actual) {
        String version = VersionProvider.version();
        if (UPDATE) {
            Fixtures.write(Path.of("src/test/resources/golden", name), actual.replace(version, "${version}"));
            return;
        }
        String expected = Fixtures.text("golden/" + name).replace("${version}", version);
        assertEquals(expected, actual, "golden/" + name + " (-Dinvar.golden.update=true writes it afresh)");
    }
}
