package org.invar.ruletest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad test file is every problem at once, each at file:line:col, and nothing runs. */
class RuleTestReaderTest {
    @TempDir
    Path dir;

    private Path file;

    private List<String> problems(String yaml) {
        Files.seedCopy(dir);
        file = Files.write(dir.resolve("azs.tests.yaml"), yaml);
        return assertThrows(RuleTestException.class, () -> RuleTestReader.read(file)).problems();
    }

    private void assertProblem(List<String> problems, String position, String text) {
        String expected = file + ":" + position + ": error: ";
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected) && p.contains(text)),
                () -> "no '" + expected + "...' + '" + text + "' in " + problems);
    }

    @Test
    void readsCasesWithTheirPositionsParamsAndExpectations() {
        Files.seedCopy(dir);
        RuleTestFile tests = RuleTestReader.read(Files.write(dir.resolve("azs.tests.yaml"), """
                params: {min_healthy: 2}
                cases:
                  - name: first
                    input: model.json
                    params: {min_healthy: 0, TaskCount: 3}
                    expect:
                      azs-have-targets: {verdict: fail, entities: [b, a]}
                """));

        RuleTestCase c = tests.cases().get(0);
        assertEquals("first", c.name());
        assertEquals(new SourcePosition(dir.resolve("azs.tests.yaml").toString(), 3, 5), c.position());
        assertEquals(Map.of("min_healthy", "0", "TaskCount", "3"), c.params());
        assertEquals(List.of(dir.resolve("model.json")), c.inputs().stream().map(i -> ((CaseInput.File) i).path()).toList());
        Expectation e = c.expectations().get(0);
        assertEquals(Verdict.FAIL, e.verdict());
        assertEquals(List.of("a", "b"), List.copyOf(e.failing().orElseThrow()));
        assertEquals(7, e.position().line());
    }

    @Test
    void malformedYamlPointsWhereTheParserStopped() {
        List<String> p = problems("cases:\n  - input: model.json\n    expect: {azs-have-targets: fail\n");

        assertEquals(1, p.size(), p::toString);
        assertTrue(p.get(0).matches("\\Q" + file + "\\E:4:1: error: malformed YAML: .*"), p::toString);
    }

    @Test
    void everyProblemIsReportedAtItsPlace() {
        List<String> p = problems("""
                rulez: [azs.invar]
                cases:
                  - input: missing.json
                    expect:
                      azs-have-target: fail
                  - input: model.json
                    expect:
                      azs-have-targets: fails
                  - input: model.json
                    model: {entities: []}
                    expect:
                      azs-have-targets: pass
                  - input: model.json
                    expect:
                      azs-have-targets: {verdict: pass, entities: [a]}
                """);

        assertProblem(p, "1:1", "unknown field 'rulez' in a rule test file (did you mean rules?)");
        assertProblem(p, "3:12", "no input " + dir.resolve("missing.json"));
        assertProblem(p, "5:7", "no rule 'azs-have-target' in the rules of this file (did you mean azs-have-targets?)");
        assertProblem(p, "8:25", "expected a verdict: fail, pass, unknown or skip, not 'fails'");
        assertProblem(p, "10:5", "a case has exactly one of input");
        assertProblem(p, "15:35", "entities name what fails, so they go with verdict fail");
        assertEquals(6, p.size(), p::toString);
    }

    @Test
    void rulesThatDoNotCompileAreProblemsOfTheTestFile() {
        Files.write(dir.resolve("bad.invar"), "every az has helthy_targets >= 1\n");
        List<String> p = problems("rules: bad.invar\ncases:\n  - input: model.json\n    expect: {x: pass}\n");

        assertTrue(p.get(0).startsWith(dir.resolve("bad.invar") + ":1:14: error:"), p::toString);
    }

    @Test
    void aFileWithoutCasesOrRulesSaysWhatIsMissing() {
        assertProblem(problems("rules: [azs.invar]\n"), "1:1", "no cases");
        assertProblem(problems("rules: [nowhere.invar]\ncases: []\n"), "1:9", "no rule file or directory");
        Path empty = Files.write(dir.resolve("sub/empty.tests.yaml"), "cases:\n  - {input: x, expect: {a: pass}}\n");
        List<String> none = assertThrows(RuleTestException.class, () -> RuleTestReader.read(empty)).problems();
        assertTrue(none.get(0).startsWith(empty + ":1:1: error: no rules: there is no .invar file"), none::toString);
    }

    @Test
    void anInlineModelErrorPointsIntoTheTestFile() {
        List<String> p = problems("""
                cases:
                  - model:
                      entities:
                        - kind: bucket
                          id: logs
                          attributes: {name: logs, encrypted: "no", sizee: 3}
                    expect:
                      buckets-are-encrypted: pass
                """);

        assertEquals(1, p.size(), p::toString);
        assertProblem(p, "6:47", "in the inline model: bucket logs: encrypted is \"no\"");
        assertTrue(p.get(0).contains("encrypted"), p::toString);
    }

    @Test
    void anEmptyFileIsAProblemToo() {
        assertProblem(problems(""), "1:1", "the test file is empty");
        assertProblem(problems("- just\n- a list\n"), "1:1", "a rule test file is a mapping");
    }

    @Test
    void aCheckIsPassOrFailWithAThresholdAndUnknownsAllowedOrNot() {
        Files.seedCopy(dir);
        RuleTestFile tests = RuleTestReader.read(Files.write(dir.resolve("azs.tests.yaml"), """
                cases:
                  - input: model.json
                    check: fail
                  - input: model.json
                    check: {result: pass, fail-on: critical, allow-unknown: true}
                """));

        CheckExpectation plain = tests.cases().get(0).check().orElseThrow();
        assertTrue(plain.fails());
        assertEquals("low", plain.policy().thresholdWord());
        assertTrue(plain.policy().unknownCounts());
        assertEquals(List.of(), tests.cases().get(0).expectations());
        CheckExpectation given = tests.cases().get(1).check().orElseThrow();
        assertEquals("pass", given.result());
        assertEquals("critical", given.policy().thresholdWord());
        assertEquals(false, given.policy().unknownCounts());
    }

    @Test
    void aBadCheckIsAProblemAtItsPlace() {
        List<String> p = problems("""
                cases:
                  - input: model.json
                    check: passes
                  - input: model.json
                    check: {result: fail, fail-on: severe, allow-unknown: yes please}
                  - input: model.json
                    check: {fail-on: high}
                  - input: model.json
                    check: {result: fail, allow_unknown: true}
                  - input: model.json
                  - input: model.json
                    expect: {}
                """);
        assertProblem(p, "3:12", "a check's result is pass or fail, not 'passes'");
        assertProblem(p, "5:36", "fail-on is one of critical, high, medium, low, info, never, not 'severe'");
        assertProblem(p, "7:12", "a check {result, fail-on, allow-unknown} needs its result");
        assertProblem(p, "9:27", "unknown field 'allow_unknown' in a check (did you mean allow-unknown?)");
        assertProblem(p, "10:5", "expects nothing: add expect: {RULE: VERDICT} or check: pass|fail");
        assertProblem(p, "12:13", "expect names no rule: give {RULE: VERDICT}, or leave expect out and give check");
    }
}
