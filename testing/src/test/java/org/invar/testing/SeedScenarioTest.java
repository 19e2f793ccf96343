package org.invar.testing;

import static org.invar.testing.Infra.failure;
import static org.invar.testing.Infra.lines;
import static org.invar.testing.InvarAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.invar.stdlib.Stdlib;
import org.junit.jupiter.api.Test;

/**
 * The scenario invar exists for, from the repository's example template: a load balancer in two
 * AZs in front of an ECS service. With one task, one AZ's load balancer node is left without a
 * healthy target whichever AZ the task lands in; with two, each AZ is guaranteed one.
 */
class SeedScenarioTest {
    @Test
    void oneTaskViolatesTheSeedRule() {
        assertDoesNotThrow(() -> assertThat(Infra.example(1)).violates(Infra.SEED_RULE));
    }

    @Test
    void oneTaskFailsWithBothZones() {
        String message = failure(() -> assertThat(Infra.example(1)).because("we promised 99.9%").satisfies(Infra.SEED_RULE));
        assertEquals(lines(
                "Rule 'every az with alb_node has healthy_targets >= 1' was violated (2 times) because we promised 99.9%:",
                "  az az-1 (../examples/alb-one-task.yml:42:3): az az-1 does not satisfy healthy_targets >= 1 [alb_node = [LoadBalancer/az-1], healthy_targets = 0]",
                "  az az-2 (../examples/alb-one-task.yml:50:3): az az-2 does not satisfy healthy_targets >= 1 [alb_node = [LoadBalancer/az-2], healthy_targets = 0]"),
                message);
    }

    @Test
    void twoTasksSatisfyTheSeedRule() {
        assertDoesNotThrow(() -> assertThat(Infra.example(2)).satisfies(Infra.SEED_RULE));
    }

    @Test
    void theDefaultIsOneTask() {
        assertDoesNotThrow(() -> assertThat(Models.cloudFormation(Infra.EXAMPLE)).violates(Infra.SEED_RULE));
    }

    @Test
    void theServiceRuleNamesTheServiceWhereTheTemplateDeclaresIt() {
        String message = failure(() -> assertThat(Infra.example(1))
                .satisfies("every ecs_service with load_balancer has desired_count >= count(distinct subnet.az)"));
        assertEquals(lines(
                "Rule 'every ecs_service with load_balancer has desired_count >= count(distinct subnet.az)' was violated"
                        + " (1 time):",
                "  ecs_service Service (../examples/alb-one-task.yml:135:3): ecs_service Service does not satisfy"
                        + " desired_count >= count(distinct subnet.az)"
                        + " [load_balancer = [LoadBalancer], desired_count = 1, count(distinct subnet.az) = 2]"), message);
    }

    /** The standard library finds the seed failure, and what else the example does not do well. */
    @Test
    void theStandardLibraryFindsTheSeedFailure() {
        String message = failure(() -> assertThat(Infra.example(1)).allowingEmpty().satisfies(Stdlib.rules()));
        assertEquals(List.of(
                "Rule alb-node-has-healthy-target 'every lb_node with type == \"application\" has healthy_targets >= 1'"
                        + " was violated (2 times):",
                "Rule az-with-alb-node-has-healthy-target 'every az with alb_node has healthy_targets >= 1' was violated"
                        + " (2 times):",
                "Rule lb-node-has-healthy-target 'every lb_node has healthy_targets >= 1' was violated (2 times):",
                "Rule ecs-service-covers-its-azs 'every ecs_service with target_group or load_balancer has desired_count >="
                        + " az_count' was violated (1 time):",
                "Rule service-behind-lb-runs-two-tasks 'every ecs_service with (target_group or load_balancer) and"
                        + " scheduling_strategy != \"DAEMON\" has desired_count >= 2' was violated (1 time):",
                "Rule service-behind-lb-has-no-public-ip 'no ecs_service with (target_group or load_balancer) and"
                        + " (subnet or launch_type is set and launch_type == \"FARGATE\") and assign_public_ip == true'"
                        + " was violated (1 time):",
                "Rule desired-count-multiple-of-azs 'every ecs_service with az_count >= 2 and scheduling_strategy !="
                        + " \"DAEMON\" has uneven_tasks == 0' was violated (1 time):",
                "Rule alb-drops-invalid-headers 'every load_balancer with type == \"application\" has"
                        + " drop_invalid_header_fields == true' was violated (1 time):",
                "Rule internet-facing-listeners-use-tls 'no listener with load_balancer.scheme == \"internet-facing\""
                        + " and protocol in [\"HTTP\", \"TCP\"] and (port != 80 or target_group)' was violated (1 time):"),
                headers(message));
    }

    @Test
    void withTwoTasksTheAvailabilityRulesOfTheStandardLibraryHold() {
        String message = failure(() -> assertThat(Infra.example(2)).allowingEmpty().satisfies(Stdlib.rules()));
        assertEquals(List.of(
                "Rule service-behind-lb-has-no-public-ip 'no ecs_service with (target_group or load_balancer) and"
                        + " (subnet or launch_type is set and launch_type == \"FARGATE\") and assign_public_ip == true'"
                        + " was violated (1 time):",
                "Rule alb-drops-invalid-headers 'every load_balancer with type == \"application\" has"
                        + " drop_invalid_header_fields == true' was violated (1 time):",
                "Rule internet-facing-listeners-use-tls 'no listener with load_balancer.scheme == \"internet-facing\""
                        + " and protocol in [\"HTTP\", \"TCP\"] and (port != 80 or target_group)' was violated (1 time):"),
                headers(message));
    }

    @Test
    void withoutAllowingEmptyTheRulesThatMatchNothingFailToo() {
        String message = failure(() -> assertThat(Infra.example(2)).satisfies(Stdlib.rules(Map.of())));
        assertEquals("Rule database-is-multi-az 'every db_instance has multi_az == true' had nothing in scope:",
                message.lines().filter(l -> l.startsWith("Rule database-is-multi-az")).findFirst().orElseThrow());
        assertEquals("A rule with nothing in scope fails the assertion, since a vacuous pass hides mistakes;"
                + " allow it with .allowingEmpty().", message.lines().reduce((a, b) -> b).orElseThrow());
    }

    private static List<String> headers(String message) {
        return message.lines().filter(l -> l.startsWith("Rule ")).toList();
    }
}
