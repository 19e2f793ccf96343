package org.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {

    @Test
    void explainsEveryPartOfARule() {
        Cli.Result r = Cli.run("explain", "ecs-service-covers-its-azs", "--rules", Scenarios.RULES);

        assertEquals(0, r.status(), r::toString);
        assertEquals("""
                ecs-service-covers-its-azs (high)
                  An ECS service behind a load balancer runs a task in every AZ it uses

                  invariant:  every ecs_service with load_balancer has desired_count >= count(distinct subnet.az)
                  message:    {name} runs {desired_count} task(s) over {count(distinct subnet.az)} AZs
                  docs:       https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-load-balancing.html
                  tags:       availability, ecs
                  defined at: src/test/resources/rules/availability.invar:9:1
                  example:    none: no rule test next to the rules has a case it fails
                """, r.out());
    }

    @Test
    void theExampleIsTheFirstCaseARuleTestExpectsToFail(@TempDir Path dir) throws IOException {
        Files.copy(Path.of(Scenarios.RULES, "availability.invar"), dir.resolve("availability.invar"));
        String template = Path.of(Scenarios.TEMPLATE).toAbsolutePath().normalize().toString();
        Path tests = Fixtures.write(dir.resolve("availability.tests.yaml"), """
                cases:
                  - name: two tasks
                    input: %s
                    params: {TaskCount: 2}
                    expect: {availability:5: pass}
                  - name: one task
                    input: %s
                    expect: {availability:5: fail}
                """.formatted(template, template));

        Cli.Result r = Cli.run("explain", "availability:5", "--rules", dir.resolve("availability.invar").toString());

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().startsWith("availability:5 (medium)\n\n  invariant:  every az with alb_node has "
                + "healthy_targets >= 1\n  message:    none"), r::toString);
        assertTrue(r.out().contains("  docs:       none\n  tags:       none\n"), r::toString);
        assertTrue(r.out().endsWith("  example:    " + template + " fails it (case \"one task\" at " + tests + ":6:5)\n"),
                r::toString);
    }

    @Test
    void anUnknownRuleIsAnErrorWithASuggestion() {
        Cli.Result r = Cli.run("explain", "ecs-service-covers-its-az", "--rules", Scenarios.RULES);

        assertEquals(2, r.status(), r::toString);
        assertEquals("invar explain: no rule 'ecs-service-covers-its-az' in src/test/resources/rules "
                + "(did you mean ecs-service-covers-its-azs?)\n", r.err());
    }

    @Test
    void withoutRulesOrAnIdItIsAUsageError() {
        Cli.Result noRules = Cli.run("explain", "x");
        assertEquals(2, noRules.status(), noRules::toString);
        assertTrue(noRules.err().contains("no rules to look in: pass --rules PATH"), noRules::toString);

        Cli.Result noId = Cli.run("explain", "--rules", Scenarios.RULES);
        assertEquals(2, noId.status(), noId::toString);
        assertTrue(noId.err().contains("Missing required parameter: 'RULE-ID'"), noId::toString);
    }
}
