package org.invar.ruletest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleTestFilesTest {
    @TempDir
    Path dir;

    @Test
    void findsTestFilesBelowADirectoryInNameOrder() {
        Path b = Files.write(dir.resolve("b.tests.yml"), "cases: []\n");
        Path a = Files.write(dir.resolve("sub/a.tests.yaml"), "cases: []\n");
        Files.write(dir.resolve("c.yaml"), "cases: []\n");
        Files.write(dir.resolve("d_test.yaml"), "cases: []\n");

        assertEquals(List.of(b, a), RuleTestFiles.find(dir));
        assertEquals(List.of(b), RuleTestFiles.find(b), "a file is itself, whatever its name");
        assertEquals(List.of(b, a), RuleTestFiles.findAll(List.of(dir, dir, dir.resolve("missing"))));
    }

    @Test
    void theNameMarksATestFile() {
        assertTrue(RuleTestFiles.isTestFile(Path.of("rules/azs.tests.yaml")));
        assertTrue(RuleTestFiles.isTestFile(Path.of("azs.tests.yml")));
        assertFalse(RuleTestFiles.isTestFile(Path.of("azs.yaml")));
        assertFalse(RuleTestFiles.isTestFile(Path.of("tests.yaml.bak")));
    }
}
