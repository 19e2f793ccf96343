package org.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void helpListsTheCommands() {
        Cli.Result r = Cli.run("--help");

        assertEquals(0, r.status(), r::toString);
        for (String command : new String[] {"check", "test", "explain", "rules", "model", "schema"}) {
            assertTrue(r.out().contains("\n  " + command + " "), command + "\n" + r);
        }
    }

    @Test
    void checkHelpDocumentsParamsAndExitStatus() {
        Cli.Result r = Cli.run("check", "--help");

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("--fail-on"), r::toString);
        assertTrue(r.out().contains("adapters always"), r::toString);
        assertTrue(r.out().contains("Exit status:"), r::toString);
    }

    @Test
    void versionNamesTheBuild() {
        Cli.Result r = Cli.run("--version");

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().matches("invar \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nJava .*\n"), r::toString);
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result r = Cli.run();

        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().startsWith("invar: a command is required\n"), r::toString);
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Cli.Result r = Cli.run("chek");

        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().contains("Unmatched argument at index 0: 'chek'"), r::toString);
        assertTrue(r.err().contains("check"), r::toString);
    }

    @Test
    void anUnexpectedExceptionIsOneLineUnlessDebug() {
        Cli.Result r = Cli.runWithStdin(failingStdin(), "model", "-");

        assertEquals(3, r.status(), r::toString);
        assertEquals("internal error: java.lang.IllegalStateException: boom (--debug shows the stack trace)\n", r.err());

        Cli.Result debug = Cli.runWithStdin(failingStdin(), "model", "--debug", "-");
        assertEquals(3, debug.status(), debug::toString);
        assertTrue(debug.err().startsWith("internal error: java.lang.IllegalStateException: boom\n"), debug::toString);
        assertTrue(debug.err().contains("\tat "), debug::toString);
        assertFalse(debug.err().contains("--debug shows"), debug::toString);
    }

    private static InputStream failingStdin() {
        return new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("boom");
            }

            @Override
            public int read(byte[] b, int off, int len) {
                throw new IllegalStateException("boom");
            }
        };
    }
}
