package org.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every format's report of the seed scenario, the bundled example: examples/alb-one-task.yml (one
 * task over two zones) checked with src/test/resources/rules (the design's rules). Tests run in cli/, so paths read ../examples.
 */
class ReportGoldenTest {
    private static final String RULES = Scenarios.RULES;
    private static final String TEMPLATE = Scenarios.TEMPLATE;

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "junit"})
    void theSeedScenarioInEveryFormat(String format) {
        Cli.Result r = Cli.run("check", "--format", format, "--rules", RULES, TEMPLATE);

        assertEquals(1, r.status(), r::toString);
        assertEquals("", r.err(), r::toString);
        Golden.assertMatches("alb-one-task." + format, r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "junit"})
    void theFixedScenarioInEveryFormat(String format) {
        Cli.Result r = Cli.run("check", "--format", format, "--param", "TaskCount=2", "--rules", RULES, TEMPLATE);

        assertEquals(0, r.status(), r::toString);
        Golden.assertMatches("alb-two-tasks." + format, r.out());
    }
}
