package org.invar.testing;

import static org.invar.testing.Infra.failure;
import static org.invar.testing.Infra.lines;
import static org.invar.testing.InvarAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.invar.model.Model;
import org.junit.jupiter.api.Test;

class ViolatesTest {
    @Test
    void passesWhenAnEntityViolatesTheRule() {
        assertDoesNotThrow(() -> assertThat(Infra.albWithoutTargets()).violates(Infra.SEED_RULE));
    }

    @Test
    void passesWhenSomeEntitiesAreUnknownAndOneViolates() {
        assertDoesNotThrow(() -> assertThat(Infra.services()).violates("every ecs_service has desired_count >= 2"));
    }

    @Test
    void failsWhenTheRuleHeld() {
        Model model = Model.builder()
                .entity("ecs_service", "api").set("desired_count", 2).end()
                .entity("ecs_service", "web").set("desired_count", 3).end()
                .build();
        String message = failure(() -> assertThat(model).because("the rule must catch a single task")
                .violates("every ecs_service has desired_count >= 2"));
        assertEquals("Rule 'every ecs_service has desired_count >= 2' was expected to be violated because the rule must"
                + " catch a single task, but it held for all 2 entities in scope.", message);
    }

    @Test
    void failsWhenTheRuleHeldForItsOnlyEntity() {
        Model model = Model.builder().entity("ecs_service", "api").set("desired_count", 2).end().build();
        String message = failure(() -> assertThat(model).violates("""
                rule two-tasks {
                  assert every ecs_service has desired_count >= 2
                }
                """));
        assertEquals("Rule two-tasks 'every ecs_service has desired_count >= 2' was expected to be violated,"
                + " but it held for the 1 entity in scope.", message);
    }

    @Test
    void failsWhenNothingWasInScope() {
        String message = failure(() -> assertThat(Infra.services()).allowingEmpty().violates("every bucket has encrypted == true"));
        assertEquals(lines(
                "Rule 'every bucket has encrypted == true' was expected to be violated, but it had nothing in scope:",
                "  the model has no entity of kind bucket"), message);
    }

    @Test
    void failsWhenTheRuleCouldNotBeDecided() {
        Model model = Model.builder()
                .entity("ecs_service", "metadata").unknown("desired_count", "parameter ServiceCount has no value").end()
                .entity("ecs_service", "api").set("desired_count", 2).end()
                .build();
        String message = failure(() -> assertThat(model).allowingUnknown().violates("every ecs_service has desired_count >= 2"));
        assertEquals(lines(
                "Rule 'every ecs_service has desired_count >= 2' was expected to be violated, but it could not be"
                        + " decided (1 time):",
                "  ecs_service metadata: ecs_service metadata may not satisfy desired_count >= 2 [desired_count = unknown]",
                "    reason: ecs_service metadata: desired_count is unknown: parameter ServiceCount has no value"), message);
    }

    @Test
    void suppressedViolationsDoNotCount() {
        Model model = Model.builder()
                .entity("ecs_service", "canary").set("desired_count", 1).suppress("<inline>:1", "a canary runs one task")
                .end()
                .build();
        String message = failure(() -> assertThat(model).violates("every ecs_service has desired_count >= 2"));
        assertEquals(lines(
                "Rule 'every ecs_service has desired_count >= 2' was expected to be violated, but its only violations are"
                        + " suppressed (1 time):",
                "  ecs_service canary: ecs_service canary does not satisfy desired_count >= 2 [desired_count = 1]",
                "    suppressed: a canary runs one task"), message);
    }

    @Test
    void unknownsAndSuppressedViolationsAreBothListed() {
        String message = failure(() -> assertThat(Infra.services()).violates("every ecs_service has desired_count >= 1"));
        assertEquals(lines(
                "Rule 'every ecs_service has desired_count >= 1' was expected to be violated, but it could not be"
                        + " decided (1 time):",
                "  ecs_service metadata (app.yml:40:3): ecs_service metadata may not satisfy desired_count >= 1"
                        + " [desired_count = unknown]",
                "    reason: ecs_service metadata: desired_count is unknown: parameter ServiceCount has no value"), message);
    }

    @Test
    void eachRuleOfTheTextMustBeViolated() {
        String message = failure(() -> assertThat(Infra.albWithoutTargets()).violates("""
                every az with alb_node has healthy_targets >= 1
                every load_balancer has type == "application"
                """));
        assertEquals("Rule 'every load_balancer has type == \"application\"' was expected to be violated, but it held"
                + " for the 1 entity in scope.", message);
    }

    @Test
    void ruleTextThatDoesNotCompileFails() {
        String message = failure(() -> assertThat(Infra.services()).violates("every ecs_service has desired_cont >= 2"));
        assertEquals(lines(
                "The rules do not compile (1 error):",
                "<inline>:1:23: error: unknown attribute or relation 'desired_cont' on ecs_service"
                        + " (did you mean desired_count?)",
                "  every ecs_service has desired_cont >= 2",
                "                        ^"), message);
    }

    @Test
    void aBaselineDoesNotApplyToViolates() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> assertThat(Infra.services())
                .freezingViolationsIn(Path.of("unused.json")).violates("every ecs_service has desired_count >= 2"));
        assertEquals("freezingViolationsIn(...) applies to satisfies(...), not to violates(...)", e.getMessage());
    }
}
