package org.invar.ruletest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.invar.spi.ModelSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleTestRunnerTest {
    private static final RuleTestRunner RUNNER = new RuleTestRunner(ModelSources.installed());

    @TempDir
    Path dir;

    private List<CaseResult> run(String yaml) {
        Files.seedCopy(dir);
        return RUNNER.run(RuleTestReader.read(Files.write(dir.resolve("azs.tests.yaml"), yaml)));
    }

    @Test
    void everyCaseOfTheSeedTestsPasses() {
        RuleTestFile tests = RuleTestReader.read(Files.resource("seed/azs.tests.yaml"));

        List<CaseResult> results = RUNNER.run(tests);

        assertEquals(4, results.size());
        for (CaseResult r : results) {
            assertTrue(r.passed(), () -> r.testCase().name() + ": " + r.mismatches() + r.error());
        }
        assertEquals(List.of(Files.resource("seed/azs.invar")), tests.ruleFiles());
        assertEquals("two tasks cover both zones", results.get(1).testCase().name());
    }

    @Test
    void aWrongVerdictFailsTheCaseAndSaysWhatTheRuleSaw() {
        List<CaseResult> results = run("""
                cases:
                  - input: model.json
                    expect:
                      azs-have-targets: pass
                """);

        CaseResult r = results.get(0);
        assertFalse(r.passed());
        assertEquals("case 1", r.testCase().name());
        assertEquals(1, r.mismatches().size());
        String m = r.mismatches().get(0);
        assertTrue(m.startsWith("azs-have-targets: expected pass, got fail: fail az us-east-1a ("), m);
        assertTrue(m.contains("fail az us-east-1b"), m);
    }

    @Test
    void theFailingEntitiesMustBeExactlyThoseNamed() {
        List<CaseResult> results = run("""
                cases:
                  - input: model.json
                    expect:
                      azs-have-targets: {verdict: fail, entities: [us-east-1a]}
                """);

        assertEquals(List.of("azs-have-targets: expected exactly [us-east-1a] to fail, got [us-east-1a, us-east-1b]"),
                results.get(0).mismatches());
    }

    @Test
    void aSkipIsNotAPass() {
        List<CaseResult> results = run("""
                cases:
                  - input: model.json
                    expect:
                      buckets-are-encrypted: pass
                """);

        assertEquals(List.of("buckets-are-encrypted: expected pass, got skip (nothing in scope)"),
                results.get(0).mismatches());
    }

    @Test
    void anUnknownVerdictIsExpectedLikeAnyOther() {
        Files.seedCopy(dir);
        String unknown = Fixture.unknownCount(dir);
        List<CaseResult> results = RUNNER.run(RuleTestReader.read(Files.write(dir.resolve("u.tests.yaml"), """
                rules: azs.invar
                cases:
                  - input: %s
                    expect:
                      azs-have-targets: unknown
                """.formatted(unknown))));

        assertTrue(results.get(0).passed(), () -> results.get(0).mismatches().toString());
    }

    @Test
    void aTemplateIsReadByTheAdapterOnTheClassPathWithTheCaseParams() {
        Path example = Path.of("../examples").toAbsolutePath().normalize();
        List<CaseResult> results = RUNNER.run(RuleTestReader.read(Files.write(dir.resolve("example.tests.yaml"), """
                rules: [%s/rules]
                cases:
                  - name: one task
                    input: %s/alb-one-task.yml
                    expect:
                      web-services-survive-a-task-failure-per-az: fail
                  - name: two tasks per zone
                    input: %s/alb-one-task.yml
                    params: {TaskCount: 4}
                    expect:
                      web-services-survive-a-task-failure-per-az: pass
                      load-balancers-are-named: pass
                """.formatted(example, example, example))));

        assertTrue(results.get(0).passed(), () -> results.get(0).mismatches().toString());
        assertTrue(results.get(1).passed(), () -> results.get(1).mismatches().toString());
    }

    @Test
    void anInputThatDoesNotLoadIsAnErrorOfItsCase() {
        Files.seedCopy(dir);
        Files.write(dir.resolve("broken.json"), "{\"invar_model\": 1, \"entities\": [{\"kind\": \"zone\"}]}\n");
        List<CaseResult> results = RUNNER.run(RuleTestReader.read(Files.write(dir.resolve("b.tests.yaml"), """
                cases:
                  - input: broken.json
                    expect:
                      azs-have-targets: pass
                """)));

        CaseResult r = results.get(0);
        assertFalse(r.passed());
        assertTrue(r.error().orElseThrow().contains("broken.json:1:"), r.error()::toString);
        assertTrue(r.error().orElseThrow().contains("zone"), r.error()::toString);
    }

    @Test
    void aParamOfTheWrongTypeIsAnErrorOfItsCase() {
        List<CaseResult> results = run("""
                cases:
                  - input: model.json
                    params: {min_healthy: lots}
                    expect:
                      azs-have-targets: pass
                """);

        String error = results.get(0).error().orElseThrow();
        assertTrue(error.startsWith(dir.resolve("azs.tests.yaml") + ":2:5: error: the case's params"), error);
        assertTrue(error.contains("min_healthy"), error);
    }

    /** A case whose bucket's encryption is not known: buckets-are-encrypted is unknown, azs-have-targets skips. */
    private static final String UNKNOWN_BUCKET = """
              - model:
                  entities:
                    - {kind: bucket, id: logs, attributes: {name: logs, encrypted: {unknown: "parameter Encrypt has no value"}}}
            """;

    @Test
    void aCheckIsJudgedAsInvarCheckJudgesIt() {
        List<CaseResult> results = run("cases:\n" + UNKNOWN_BUCKET + """
                    check: fail
                  - input: two-tasks.json
                    check: pass
                  - input: model.json
                    check: {result: pass, fail-on: critical}
                """ + UNKNOWN_BUCKET + """
                    check: {result: pass, allow-unknown: true}
                """);

        assertEquals(4, results.size());
        for (CaseResult r : results) {
            assertTrue(r.passed(), () -> r.testCase().name() + ": " + r.mismatches());
        }
    }

    @Test
    void aCheckThatSaysOtherwiseNamesWhatCounts() {
        List<CaseResult> results = run("cases:\n" + UNKNOWN_BUCKET + """
                    check: pass
                  - input: two-tasks.json
                    check: fail
                """);

        assertEquals(List.of("check: expected pass (fail on low, unknown counts), got fail: buckets-are-encrypted unknown"
                + " bucket logs (bucket logs: encrypted is unknown: parameter Encrypt has no value)"), results.get(0).mismatches());
        assertEquals(List.of("check: expected fail (fail on low, unknown counts), got pass: nothing counts"),
                results.get(1).mismatches());
    }
}
