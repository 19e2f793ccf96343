package org.invar.cli;

import static org.invar.testing.InvarAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.invar.testing.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * One input judged by the three front ends: {@code invar check}'s exit status, a rule test's
 * {@code check:} run by {@code invar test}, and a JUnit assertion. A critical rule that cannot be
 * decided (the service's task count is a parameter without a value) fails all three, and passes
 * all three when unknown verdicts are allowed.
 */
class FrontEndsAgreeTest {
    @TempDir
    Path dir;

    private Path rules;
    private Path input;

    private void write() {
        rules = Fixtures.write(dir.resolve("rules/targets.invar"), """
                rule zones-have-targets {
                  severity critical
                  assert every az with alb_node has healthy_targets >= 1
                }
                """);
        input = Fixtures.seedModel(dir, "{\"unknown\": \"parameter ServiceCount has no value\"}");
    }

    /** Whether {@code invar check} fails the run. */
    private boolean checkFails(List<String> options) {
        List<String> args = new java.util.ArrayList<>(List.of("check", "--rules", rules.toString()));
        args.addAll(options);
        args.add(input.toString());
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(true, r.status() == 0 || r.status() == 1, r::toString);
        return r.status() == 1;
    }

    /** Whether a rule test that expects the check to fail passes under {@code invar test}. */
    private boolean ruleTestSaysItFails(String allowUnknown) {
        Path tests = Fixtures.write(dir.resolve("rules/targets.tests.yaml"), "cases:\n  - input: ../model.json\n"
                + "    check: {result: fail, allow-unknown: " + allowUnknown + "}\n");
        Cli.Result r = Cli.run("test", tests.toString());
        assertEquals(true, r.status() == 0 || r.status() == 1, r::toString);
        return r.status() == 0;
    }

    /** Whether the assertion fails. */
    private boolean assertionFails(boolean allowUnknown) {
        try {
            var assertion = assertThat(Models.file(input)).reportingTo(note -> { });
            (allowUnknown ? assertion.allowingUnknown() : assertion).satisfies(rules);
            return false;
        } catch (AssertionFailedError e) {
            return true;
        }
    }

    @Test
    void anUnknownCriticalRuleFailsEveryFrontEndAndPassesEveryOneWhenAllowed() {
        write();

        assertEquals(List.of(true, true, true),
                List.of(checkFails(List.of()), ruleTestSaysItFails("false"), assertionFails(false)));
        assertEquals(List.of(false, false, false),
                List.of(checkFails(List.of("--allow-unknown")), ruleTestSaysItFails("true"), assertionFails(true)));
    }
}
