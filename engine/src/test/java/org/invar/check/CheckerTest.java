package org.invar.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.invar.CompileResult;
import org.invar.Invar;
import org.invar.dsl.Diagnostic;
import org.junit.jupiter.api.Test;

class CheckerTest {

    private static List<String> errors(String text) {
        CompileResult result = Invar.compiler().source("t.invar", text).compile();
        assertFalse(result.ok(), "expected errors for: " + text);
        return result.diagnostics().stream().map(Diagnostic::headline).toList();
    }

    private static void compiles(String text) {
        CompileResult result = Invar.compiler().source("t.invar", text).compile();
        assertTrue(result.ok(), result.report());
    }

    @Test
    void unknownKindSuggestsTheClosest() {
        assertEquals(List.of("t.invar:1:7: error: unknown kind 'subnett' (did you mean subnet?)"),
                errors("every subnett has cidr is set"));
    }

    @Test
    void unknownFieldOnAPathNamesTheKind() {
        assertEquals(List.of("t.invar:1:21: error: unknown attribute or relation 'nmae' on az (did you mean name?)"),
                errors("every subnet has az.nmae == \"x\""));
    }

    @Test
    void collectionComparedWithScalarSaysQuantifyOrAggregate() {
        assertEquals(List.of("t.invar:1:15: error: 'subnet.cidr' is a collection of string: quantify it"
                        + " (some ... has ...) or aggregate it (count(subnet.cidr))"),
                errors("every vpc has subnet.cidr == \"10.0.0.0/24\""));
    }

    @Test
    void unknownParamAndUnusedBindingAreErrorsReportedTogether() {
        List<String> errors = errors("""
                every ecs_cluster has count(instance) >= min_instances
                every ecs_service as svc has desired_count >= 1
                """);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("t.invar:1:42: error: unknown attribute or relation 'min_instances'"),
                errors.get(0));
        assertEquals("t.invar:2:22: error: binding 'svc' is never used: remove 'as svc' or refer to it", errors.get(1));
    }

    @Test
    void typeMismatchesAreExplained() {
        assertEquals(List.of("t.invar:1:23: error: '<' compares numbers, and 'name' is a string"),
                errors("every ecs_service has name < 3"));
        assertEquals(List.of("t.invar:1:23: error: 'desired_count' is an int, not a condition in the 'has' clause:"
                        + " compare it, for example 'desired_count' >= 1"),
                errors("every ecs_service has desired_count"));
        assertEquals(List.of("t.invar:1:19: error: sum(...) needs numbers, and subnet.cidr is a collection of a string"),
                errors("every vpc has sum(subnet.cidr) > 1"));
        assertEquals(List.of("t.invar:1:31: error: invalid regular expression: Unclosed group near index 3"),
                errors("every bucket has name matches \"(ab\""));
    }

    @Test
    void paramsAndOverrides() {
        compiles("param min_azs = 3\nevery ecs_cluster with instance has count(distinct instance.az) >= min_azs");
        CompileResult bad = Invar.compiler().source("t.invar", "param min_azs = 3\nevery az has name is set")
                .param("min_azs", "three").param("max_azs", "4").compile();
        List<String> headlines = bad.diagnostics().stream().map(Diagnostic::headline).toList();
        assertEquals(List.of("--param: error: no rule declares param 'max_azs' (did you mean min_azs?)",
                "--param: error: param 'min_azs' is a number, not 'three'"), headlines);
    }

    @Test
    void sharedParamsOverrideDeclaredParamsAndLeaveTheRestToTheAdapters() {
        String rules = "param min_azs = 3\nevery ecs_cluster with instance has count(distinct instance.az) >= min_azs";
        CompileResult shared = Invar.compiler().source("t.invar", rules)
                .sharedParams(java.util.Map.of("min_azs", "2", "TaskCount", "1")).compile();
        assertTrue(shared.ok(), shared::report);
        assertEquals(java.util.Map.of("min_azs", org.invar.model.Value.of(2L)), shared.ruleSet().params());
        CompileResult badType = Invar.compiler().source("t.invar", rules)
                .sharedParams(java.util.Map.of("min_azs", "two")).compile();
        assertEquals(List.of("--param: error: param 'min_azs' is a number, not 'two'"),
                badType.diagnostics().stream().map(Diagnostic::headline).toList());
        CompileResult strictWins = Invar.compiler().source("t.invar", rules).param("min_azs", "4")
                .sharedParams(java.util.Map.of("min_azs", "2")).compile();
        assertEquals(org.invar.model.Value.of(4L), strictWins.ruleSet().params().get("min_azs"));
    }

    @Test
    void messagePlaceholdersAreChecked() {
        List<String> errors = errors("""
                rule r {
                  message "{nam} is wrong"
                  assert every subnet has cidr is set
                }
                """);
        assertEquals(List.of("t.invar:2:13: error: in the placeholder {nam}: unknown attribute or relation"
                + " 'nam' on subnet (did you mean name?)"), errors);
    }

    @Test
    void everyDesignExampleChecks() {
        compiles("""
                every az with alb_node has healthy_targets >= 1
                param min_azs = 3
                rule ecs-service-covers-its-azs {
                  severity high
                  message "{name} runs {desired_count} task(s) over {count(distinct subnet.az)} AZs"
                  assert every ecs_service with load_balancer has desired_count >= count(distinct subnet.az)
                }
                rule internet-facing-alb-in-public-subnets {
                  severity critical
                  assert no load_balancer with scheme == "internet-facing" has some subnet with default_route_target == "nat_gateway"
                }
                rule tasks-only-where-the-lb-has-a-node {
                  severity high
                  assert every ecs_service as svc with load_balancer has every subnet has az in svc.load_balancer.subnet.az
                }
                rule cluster-spans-three-azs { assert every ecs_cluster with instance has count(distinct instance.az) >= min_azs }
                """);
    }

    @Test
    void duplicateRuleIds() {
        assertEquals(List.of("t.invar:2:1: error: rule id 'a' is already used at line 1: rule ids are unique"),
                errors("rule a { assert every az has name is set }\nrule a { assert every az has name is set }"));
    }
}
