package org.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code invar test}: rule tests next to a copy of the example rules, over the example template. */
class TestCommandTest {
    @TempDir
    Path dir;

    private String template;

    @BeforeEach
    void copyTheExampleRules() throws IOException {
        Files.copy(Path.of(Scenarios.RULES, "availability.invar"), dir.resolve("availability.invar"));
        template = Path.of(Scenarios.TEMPLATE).toAbsolutePath().normalize().toString();
    }

    private Path tests(String name, String yaml) {
        return Fixtures.write(dir.resolve(name), yaml.replace("TEMPLATE", template));
    }

    @Test
    void passingCasesPrintALineEachAndASummary() {
        Path file = tests("availability.tests.yaml", """
                cases:
                  - name: one task over two zones
                    input: TEMPLATE
                    expect:
                      ecs-service-covers-its-azs: fail
                      availability:5: {verdict: fail, entities: [az-1, az-2]}
                      cluster-spans-three-azs: skip
                  - name: two tasks
                    input: TEMPLATE
                    params: {TaskCount: 2}
                    expect:
                      ecs-service-covers-its-azs: pass
                      availability:5: pass
                """);

        Cli.Result r = Cli.run("test", dir.toString());

        assertEquals(0, r.status(), r::toString);
        assertEquals("PASS  " + file + ":2:5  one task over two zones\n"
                + "PASS  " + file + ":8:5  two tasks\n"
                + "2 passed, 0 failed\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void aFailingCaseSaysWhatWasExpectedAndExitsOne() {
        Path file = tests("wrong.tests.yaml", """
                cases:
                  - name: expects too much
                    input: TEMPLATE
                    expect:
                      ecs-service-covers-its-azs: pass
                  - input: TEMPLATE
                    expect:
                      internet-facing-alb-in-public-subnets: pass
                """);

        Cli.Result r = Cli.run("test", file.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().startsWith("FAIL  " + file + ":2:5  expects too much\n"
                + "      ecs-service-covers-its-azs: expected pass, got fail: fail ecs_service Service "
                + "(web runs 1 task(s) over 2 AZs)\n"
                + "PASS  " + file + ":6:5  case 2\n"), r::toString);
        assertTrue(r.out().endsWith("\n1 passed, 1 failed\n"), r::toString);
    }

    @Test
    void badTestFilesAreAllReportedWithPositionsAndNothingRuns() {
        Path unknownRule = tests("a.tests.yaml", "cases:\n  - input: TEMPLATE\n    expect:\n      ecs-service: fail\n");
        Path malformed = tests("b.tests.yaml", "cases:\n  - input: [TEMPLATE\n");

        Cli.Result r = Cli.run("test", dir.toString());

        assertEquals(2, r.status(), r::toString);
        assertEquals("", r.out());
        assertTrue(r.err().contains(unknownRule + ":4:7: error: no rule 'ecs-service' in the rules of this file"),
                r::toString);
        assertTrue(r.err().contains(malformed + ":3:1: error: malformed YAML"), r::toString);
    }

    @Test
    void anInputThatDoesNotLoadIsAnErrorAndExitsTwo() {
        Path broken = Fixtures.write(dir.resolve("broken.yml"), "Resources:\n  A: {Type: AWS::S3::Bucket, Properties: [\n");
        tests("c.tests.yaml", "cases:\n  - input: broken.yml\n    expect:\n      availability:5: skip\n");

        Cli.Result r = Cli.run("test", dir.toString());

        assertEquals(2, r.status(), r::toString);
        assertTrue(r.out().contains("ERROR " + dir.resolve("c.tests.yaml") + ":2:5  case 1\n      " + broken + ":"),
                r::toString);
        assertTrue(r.out().endsWith("0 passed, 1 failed\n"), r::toString);
    }

    @Test
    void pathsThatHoldNoTestsAreUsageErrors() {
        Cli.Result missing = Cli.run("test", dir.resolve("nowhere").toString());
        assertEquals(2, missing.status(), missing::toString);
        assertEquals(dir.resolve("nowhere") + ": error: no such file or directory\n", missing.err());

        Cli.Result empty = Cli.run("test", dir.toString());
        assertEquals(2, empty.status(), empty::toString);
        assertTrue(empty.err().contains("no rule tests here (*.tests.yaml, *.tests.yml)"), empty::toString);

        Cli.Result none = Cli.run("test");
        assertEquals(2, none.status(), none::toString);
        assertTrue(none.err().contains("Missing required parameter: 'PATH'"), none::toString);

        Cli.Result unknown = Cli.run("test", "--bogus", dir.toString());
        assertEquals(2, unknown.status(), unknown::toString);
        assertTrue(unknown.err().startsWith("invar test: Unknown option: '--bogus'"), unknown::toString);
    }
}
