package org.invar.testing;

import static org.invar.testing.Infra.failure;
import static org.invar.testing.Infra.lines;
import static org.invar.testing.InvarAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.invar.Invar;
import org.invar.model.Model;
import org.invar.model.Origin;
import org.junit.jupiter.api.Test;

class SatisfiesTest {
    private final List<String> notes = new ArrayList<>();

    @Test
    void aViolatedRuleListsEachEntityWithItsOriginAndValues() {
        String message = failure(() -> assertThat(Infra.albWithoutTargets()).because("we promised 99.9%")
                .satisfies(Infra.SEED_RULE));
        assertEquals(lines(
                "Rule 'every az with alb_node has healthy_targets >= 1' was violated (2 times) because we promised 99.9%:",
                "  az us-east-1a (network.yml:12:3): az us-east-1a does not satisfy healthy_targets >= 1"
                        + " [alb_node = [alb/us-east-1a], healthy_targets = 0]",
                "  az us-east-1b (network.yml:20:3): az us-east-1b does not satisfy healthy_targets >= 1"
                        + " [alb_node = [alb/us-east-1b], healthy_targets = 0]"), message);
    }

    @Test
    void withoutBecauseTheHeaderEndsAtTheCount() {
        String message = failure(() -> assertThat(Infra.services()).allowingUnknown()
                .satisfies("every ecs_service has desired_count >= 2"));
        assertEquals(lines(
                "Rule 'every ecs_service has desired_count >= 2' was violated (1 time):",
                "  ecs_service api (app.yml:12:3): ecs_service api does not satisfy desired_count >= 2 [desired_count = 1]",
                "  ecs_service canary: ecs_service canary does not satisfy desired_count >= 2 [desired_count = 1]",
                "    suppressed: a canary runs one task"),
                message);
    }

    @Test
    void aRuleThatHoldsPasses() {
        Model model = Model.builder()
                .entity("ecs_service", "api").set("desired_count", 2).end()
                .entity("ecs_service", "web").set("desired_count", 3).end()
                .build();
        assertDoesNotThrow(() -> assertThat(model).reportingTo(notes::add)
                .satisfies("every ecs_service has desired_count >= 2"));
        assertEquals(List.of(), notes);
    }

    @Test
    void aNamedRuleIsNamedByItsIdAndItsInvariant() {
        String message = failure(() -> assertThat(Infra.albWithoutTargets()).satisfies("""
                rule alb-nodes-have-targets {
                  severity critical
                  message "{name} has no healthy target"
                  assert every az with alb_node has healthy_targets >= 1
                }
                """));
        assertEquals(lines(
                "Rule alb-nodes-have-targets 'every az with alb_node has healthy_targets >= 1' was violated (2 times):",
                "  az us-east-1a (network.yml:12:3): us-east-1a has no healthy target [alb_node = [alb/us-east-1a], healthy_targets = 0]",
                "  az us-east-1b (network.yml:20:3): us-east-1b has no healthy target [alb_node = [alb/us-east-1b], healthy_targets = 0]"),
                message);
    }

    @Test
    void eachFailingRuleHasASectionInRuleOrder() {
        Model model = Model.builder()
                .entity("bucket", "logs").set("encrypted", false).set("versioning", false).end()
                .build();
        String message = failure(() -> assertThat(model).satisfies(
                "every bucket has versioning == true",
                "every bucket has name is set or encrypted == false",
                "every bucket has encrypted == true"));
        assertEquals(lines(
                "Rule 'every bucket has versioning == true' was violated (1 time):",
                "  bucket logs: bucket logs does not satisfy versioning == true [versioning = false]",
                "Rule 'every bucket has encrypted == true' was violated (1 time):",
                "  bucket logs: bucket logs does not satisfy encrypted == true [encrypted = false]"), message);
    }

    @Test
    void theChainIsShownWhenItIsLongerThanTheEntity() {
        Model model = Model.builder()
                .entity("load_balancer", "web").origin(Origin.at("lb.yml", 3, 3)).relate("subnet", "public-a").end()
                .entity("subnet", "public-a").set("map_public_ip_on_launch", true).end()
                .build();
        String message = failure(() -> assertThat(model).satisfies(
                "every load_balancer has no subnet with map_public_ip_on_launch == true"));
        assertEquals(lines(
                "Rule 'every load_balancer has no subnet with map_public_ip_on_launch == true' was violated (1 time):",
                "  load_balancer web (lb.yml:3:3): load_balancer web does not satisfy"
                        + " no subnet with map_public_ip_on_launch == true",
                "    chain: load_balancer web <- subnet public-a"), message);
    }

    @Test
    void aCountOverAKindNamesTheKind() {
        String message = failure(() -> assertThat(Infra.albWithoutTargets()).satisfies("at least 3 az"));
        assertEquals(lines(
                "Rule 'at least 3 az' was violated (1 time):",
                "  every az: expected at least 3 az, found 2 [expected = at least 3, found = 2]"), message);
    }

    @Test
    void anUnknownVerdictFailsWithItsReason() {
        Model model = Model.builder()
                .entity("ecs_service", "metadata").unknown("desired_count", "parameter ServiceCount has no value")
                .origin(Origin.at("app.yml", 40, 3)).end()
                .build();
        String message = failure(() -> assertThat(model).because("a service survives losing a task")
                .satisfies("every ecs_service has desired_count >= 2"));
        assertEquals(lines(
                "Rule 'every ecs_service has desired_count >= 2' could not be decided (1 time) because a service"
                        + " survives losing a task:",
                "  ecs_service metadata (app.yml:40:3): ecs_service metadata may not satisfy desired_count >= 2"
                        + " [desired_count = unknown]",
                "    reason: ecs_service metadata: desired_count is unknown: parameter ServiceCount has no value",
                "A verdict that could not be decided fails the assertion, since a rule must not pass for want of data;"
                        + " allow it with .allowingUnknown()."), message);
    }

    @Test
    void allowingUnknownLetsAnUndecidedRulePass() {
        Model model = Model.builder()
                .entity("ecs_service", "metadata").unknown("desired_count", "parameter ServiceCount has no value").end()
                .entity("ecs_service", "api").set("desired_count", 2).end()
                .build();
        assertDoesNotThrow(() -> assertThat(model).allowingUnknown().satisfies("every ecs_service has desired_count >= 2"));
    }

    @Test
    void violationsAndUnknownsOfOneRuleShareItsSectionAndSuppressedOnesAreListed() {
        String message = failure(() -> assertThat(Infra.services()).satisfies("every ecs_service has desired_count >= 2"));
        assertEquals(lines(
                "Rule 'every ecs_service has desired_count >= 2' was violated (1 time) and could not be decided (1 time):",
                "  ecs_service api (app.yml:12:3): ecs_service api does not satisfy desired_count >= 2 [desired_count = 1]",
                "  ecs_service metadata (app.yml:40:3): ecs_service metadata may not satisfy desired_count >= 2"
                        + " [desired_count = unknown]",
                "    reason: ecs_service metadata: desired_count is unknown: parameter ServiceCount has no value",
                "  ecs_service canary: ecs_service canary does not satisfy desired_count >= 2 [desired_count = 1]",
                "    suppressed: a canary runs one task",
                "A verdict that could not be decided fails the assertion, since a rule must not pass for want of data;"
                        + " allow it with .allowingUnknown()."), message);
    }

    @Test
    void suppressedViolationsDoNotFailButAreMentioned() {
        Model model = Model.builder()
                .entity("ecs_service", "api").set("desired_count", 2).end()
                .entity("ecs_service", "canary").set("desired_count", 1).suppress("<inline>:1", "a canary runs one task")
                .end()
                .build();
        assertDoesNotThrow(() -> assertThat(model).reportingTo(notes::add).satisfies("every ecs_service has desired_count >= 2"));
        assertEquals(List.of(lines(
                "Rule 'every ecs_service has desired_count >= 2': 1 suppressed violation, not counted:",
                "  ecs_service canary: ecs_service canary does not satisfy desired_count >= 2 [desired_count = 1]",
                "    suppressed: a canary runs one task")), notes);
    }

    @Test
    void aRuleWithNothingInScopeFailsAndSaysHowToAllowIt() {
        String message = failure(() -> assertThat(Infra.services()).because("data must survive an AZ")
                .satisfies("every db_instance has multi_az == true"));
        assertEquals(lines(
                "Rule 'every db_instance has multi_az == true' had nothing in scope because data must survive an AZ:",
                "  the model has no entity of kind db_instance",
                "A rule with nothing in scope fails the assertion, since a vacuous pass hides mistakes;"
                        + " allow it with .allowingEmpty()."), message);
    }

    @Test
    void anEmptyScopeNamesTheConditionNothingMet() {
        String message = failure(() -> assertThat(Infra.albWithoutTargets())
                .satisfies("every subnet with map_public_ip_on_launch == true has is_public"));
        assertEquals(lines(
                "Rule 'every subnet with map_public_ip_on_launch == true has is_public' had nothing in scope:",
                "  the model has 2 entities of kind subnet, none with map_public_ip_on_launch == true",
                "A rule with nothing in scope fails the assertion, since a vacuous pass hides mistakes;"
                        + " allow it with .allowingEmpty()."), message);
    }

    @Test
    void allowingEmptyLetsARuleWithNothingInScopePass() {
        assertDoesNotThrow(() -> assertThat(Infra.services()).allowingEmpty().satisfies("every db_instance has multi_az == true"));
    }

    @Test
    void ruleTextThatDoesNotCompileFailsWithEveryDiagnostic() {
        String message = failure(() -> assertThat(Infra.services()).satisfies(
                "every ecs_service has desired_cont >= 2",
                "every ecs_servic has desired_count >= 2"));
        assertEquals(lines(
                "The rules do not compile (2 errors):",
                "<inline 1>:1:23: error: unknown attribute or relation 'desired_cont' on ecs_service"
                        + " (did you mean desired_count?)",
                "  every ecs_service has desired_cont >= 2",
                "                        ^",
                "<inline 2>:1:7: error: unknown kind 'ecs_servic' (did you mean ecs_service?)",
                "  every ecs_servic has desired_count >= 2",
                "        ^"), message);
    }

    @Test
    void aSingleTextIsReportedAsInline() {
        String message = failure(() -> assertThat(Infra.services()).satisfies("every ecs_service has"));
        assertEquals(lines(
                "The rules do not compile (1 error):",
                "<inline>:1:22: error: expected an attribute or a condition after 'has' but found the end of the file",
                "  every ecs_service has",
                "                       ^"), message);
    }

    @Test
    void withParamOverridesAParamTheRulesDeclare() {
        Model model = Model.builder()
                .entity("ecs_service", "api").set("desired_count", 1).end()
                .entity("ecs_service", "web").set("desired_count", 2).end()
                .build();
        String rule = "param min_tasks = 1\nevery ecs_service has desired_count >= min_tasks";
        assertDoesNotThrow(() -> assertThat(model).satisfies(rule));
        String message = failure(() -> assertThat(model).withParam("min_tasks", "2").satisfies(rule));
        assertEquals(lines(
                "Rule 'every ecs_service has desired_count >= min_tasks' was violated (1 time):",
                "  ecs_service api: ecs_service api does not satisfy desired_count >= min_tasks"
                        + " [desired_count = 1, min_tasks = 2]"), message);
    }

    @Test
    void withParamNamingAParamNoRuleDeclaresFails() {
        String message = failure(() -> assertThat(Infra.services()).withParam("min_azs", "2").withParam("max", "3")
                .satisfies("param min_tasks = 1\nevery ecs_service has desired_count >= min_tasks"));
        assertEquals("withParam names params no rule declares: min_azs, max; the rules declare min_tasks", message);
    }

    @Test
    void withParamDoesNotApplyToACompiledRuleSet() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> assertThat(Infra.services())
                .withParam("min_azs", "2").satisfies(Invar.compile("every ecs_service has desired_count >= 1")));
        assertEquals("withParam(...) applies to rule text; a RuleSet is compiled with its params already,"
                + " for example Stdlib.rules(Map.of(\"min_azs\", \"2\"))", e.getMessage());
    }

    @Test
    void aRuleSetIsCheckedAsItIs() {
        String message = failure(() -> assertThat(Infra.albWithoutTargets()).satisfies(Invar.compile(Infra.SEED_RULE)));
        assertEquals("Rule 'every az with alb_node has healthy_targets >= 1' was violated (2 times):",
                message.lines().findFirst().orElseThrow());
    }

    @Test
    void ruleFilesAreCompiledFromTheirPaths() {
        Model model = Models.cloudFormation(Path.of("src/test/resources/infra/app.yml"));
        String message = failure(() -> assertThat(model).allowingEmpty().satisfies(Path.of("src/test/resources/rules")));
        assertEquals(lines(
                "Rule buckets-versioned 'every bucket has versioning == true' was violated (1 time):",
                "  bucket Logs (src/test/resources/infra/app.yml:19:3): app-logs does not keep old versions of its objects"
                        + " [versioning = false]"), message);
    }

    @Test
    void ruleFilesThatDoNotCompileFailWithTheirPaths() {
        String message = failure(() -> assertThat(Infra.services()).satisfies(Path.of("src/test/resources/bad-rules")));
        assertEquals(lines(
                "The rules do not compile (1 error):",
                "src/test/resources/bad-rules/bad.invar:2:18: error: unknown attribute or relation 'versoning' on bucket"
                        + " (did you mean versioning?)",
                "  every bucket has versoning == true",
                "                   ^"), message);
    }

    @Test
    void textWithoutRulesFails() {
        String message = failure(() -> assertThat(Infra.services()).satisfies("# nothing here yet"));
        assertEquals("There are no rules to check: the rules given hold no rule and no invariant", message);
    }

    @Test
    void configuringAfterACheckIsAMistake() {
        ModelAssert assertion = assertThat(Infra.services()).allowingUnknown().satisfies("every ecs_service has desired_count >= 1");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> assertion.because("we promised"));
        assertEquals("because(...) comes before satisfies(...) and violates(...): it configures the checks that follow"
                + " it, and one has run already", e.getMessage());
    }

    @Test
    void checksChain() {
        String message = failure(() -> assertThat(Infra.services()).allowingUnknown()
                .satisfies("every ecs_service has desired_count >= 1")
                .violates("every ecs_service has desired_count >= 2")
                .satisfies("every ecs_service has desired_count >= 3"));
        assertEquals("Rule 'every ecs_service has desired_count >= 3' was violated (1 time):",
                message.lines().findFirst().orElseThrow());
    }
}
