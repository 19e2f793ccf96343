package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.invar.spi.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No edit of a configuration makes loading it throw anything but a {@link ModelLoadException}
 * that starts with where ({@code file:line:col: error:} or {@code dir: error:}) and reads as
 * prose: the fixtures with a piece deleted, a piece of HCL inserted, or a part repeated.
 */
class HclRobustnessPropertyTest {
    private static final String[] PIECES = {"{", "}", "[", "]", "(", ")", "\"", "${", "%{", "<<EOT\n", "EOT\n", "=",
            "==", ",", ".", "[*]", "...", "?", ":", "=>", "for", "in", "if", "count", "each.key", "count.index",
            "var.nope", "local.azs", "aws_subnet.public", "module.x.y", "data.aws_vpc.x", "null", "-1", "1e999",
            "99999999999999999999", "\n", "#", "//", "/*", "*/", "\\", "é", "\u0000", "length(", "slice(",
            "cidrsubnet(\"10.0.0.0/16\", 30, 1)", "toset(", "resource \"aws_vpc\" \"v\" {", "locals {\n", "dynamic \"x\" {"};
    private static final List<String> JARGON = List.of("mismatched input", "extraneous input", "no viable alternative",
            "token recognition error", "<EOF>", "expecting", "Exception", "NullPointer");

    @TempDir
    Path dir;

    @Test
    void editedConfigurationsLoadOrSayWhatIsWrong() throws IOException {
        String seed = Files.readString(Fixtures.path("hcl/seed/main.tf"));
        String catalog = Files.readString(Fixtures.path("catalog/main.tf"));
        int[] run = {0};
        qt().withExamples(300).forAll(integers().between(0, 5), integers().all(), integers().all(),
                integers().between(0, PIECES.length - 1)).checkAssert((fileAndKind, a, b, piece) -> {
                    String text = fileAndKind % 2 == 0 ? seed : catalog;
                    int kind = fileAndKind / 2;
                    int from = Math.floorMod(a, text.length());
                    int to = Math.min(text.length(), from + Math.floorMod(b, 40));
                    String edited = switch (kind) {
                        case 0 -> text.substring(0, from) + text.substring(to);
                        case 1 -> text.substring(0, from) + PIECES[piece] + text.substring(from);
                        default -> text.substring(0, to) + text.substring(from, to) + text.substring(to);
                    };
                    Path d = dir.resolve("run" + run[0]++);
                    try {
                        Files.createDirectories(d);
                        Files.writeString(d.resolve("main.tf"), edited);
                        Configs.load(d, Map.of());
                    } catch (ModelLoadException e) {
                        String m = e.getMessage();
                        assertTrue(m.startsWith(d + "/main.tf:") && m.matches("(?s)[^ ]+:\\d+:\\d+: error: .+")
                                || m.startsWith(d + ": error: ") || m.startsWith(d + "/main.tf: error: "), m);
                        JARGON.forEach(j -> assertFalse(m.contains(j), m));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
