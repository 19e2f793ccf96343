package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import org.invar.spi.ModelLoadException;
import org.junit.jupiter.api.Test;

/**
 * No mangled plan or state makes the adapter throw anything but {@link ModelLoadException}, and
 * each error names the file and a position: real fixtures cut short anywhere, or with one byte
 * replaced anywhere by a character that JSON or Terraform gives meaning to.
 */
class MangledInputTest {
    private static final byte[] PLAN = read("seed-modules/plan-1.json");
    private static final byte[] STATE = read("seed/state-2.tfstate");
    private static final byte[] MEANINGFUL = "{}[]\",:0-.tfn\\ a".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static byte[] read(String fixture) {
        try {
            return Files.readAllBytes(Fixtures.path(fixture));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean loadsOrFailsCleanly(byte[] input) {
        try {
            Inline.loadBytes(input);
            return true;
        } catch (ModelLoadException e) {
            return e.getMessage().startsWith(Inline.NAME + ":") && e.getMessage().contains(": error: ");
        }
    }

    @Test
    void cutShort() {
        for (byte[] doc : new byte[][] {PLAN, STATE}) {
            qt().withExamples(300).forAll(integers().between(0, doc.length - 1))
                    .check(n -> loadsOrFailsCleanly(Arrays.copyOf(doc, n)));
        }
    }

    @Test
    void oneByteReplaced() {
        for (byte[] doc : new byte[][] {PLAN, STATE}) {
            qt().withExamples(500).forAll(integers().between(0, doc.length - 1), integers().between(0, MEANINGFUL.length - 1))
                    .check((at, with) -> {
                        byte[] mangled = doc.clone();
                        mangled[at] = MEANINGFUL[with];
                        return loadsOrFailsCleanly(mangled);
                    });
        }
    }

    @Test
    void theUnmangledFixturesLoad() {
        assertTrue(loadsOrFailsCleanly(PLAN));
        assertTrue(Inline.loadBytes(STATE).size() > 0);
    }
}
