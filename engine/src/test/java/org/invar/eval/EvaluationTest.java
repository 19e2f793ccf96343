package org.invar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.invar.CompileResult;
import org.invar.Invar;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.model.Origin;
import org.invar.report.Finding;
import org.invar.report.Report;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    /** Two AZs, two subnets, a service in both with the given desired count. */
    private static Model service(Long desired) {
        ModelBuilder b = Model.builder();
        b.entity("az", "a").set("name", "us-east-1a");
        b.entity("az", "b").set("name", "us-east-1b");
        b.entity("subnet", "s1").relate("az", "a").origin(Origin.at("net.yml", 12, 3));
        b.entity("subnet", "s2").relate("az", "b");
        var svc = b.entity("ecs_service", "web").set("name", "web").relate("subnet", "s1", "s2")
                .origin(Origin.at("svc.yml", 40, 5));
        if (desired == null) {
            svc.unknown("desired_count", "parameter ServiceCount has no value");
        } else {
            svc.set("desired_count", desired);
        }
        return b.build();
    }

    private static final String COVERS = """
            rule covers {
              severity high
              message "{name} runs {desired_count} task(s) over {count(distinct subnet.az)} AZs"
              assert every ecs_service has desired_count >= count(distinct subnet.az)
            }
            """;

    @Test
    void failsWithMessageValuesAndOrigin() {
        Report report = Invar.compile(COVERS).evaluate(service(1L));
        RuleResult r = report.result("covers");
        assertEquals(Verdict.FAIL, r.verdict());
        Finding f = r.findings().get(0);
        assertEquals("web runs 1 task(s) over 2 AZs", f.message());
        assertEquals("svc.yml:40:5", f.origin().display());
        assertEquals("1", f.because().get("desired_count"));
        assertEquals("2", f.because().get("count(distinct subnet.az)"));
    }

    @Test
    void passesWhenEnough() {
        Report report = Invar.compile(COVERS).evaluate(service(2L));
        assertEquals(Verdict.PASS, report.result("covers").verdict());
        assertTrue(report.violations().isEmpty());
    }

    @Test
    void unknownWhenDesiredCountUnknown() {
        Report report = Invar.compile(COVERS).evaluate(service(null));
        RuleResult r = report.result("covers");
        assertEquals(Verdict.UNKNOWN, r.verdict());
        Finding f = r.findings().get(0);
        assertTrue(f.reason().orElseThrow().contains("parameter ServiceCount has no value"), f.reason().toString());
    }

    @Test
    void skipWhenNothingInScope() {
        Report report = Invar.compile("every bucket has encrypted == true").evaluate(service(1L));
        assertEquals(Verdict.SKIP, report.results().get(0).verdict());
    }

    @Test
    void nestedQuantifierWithBindingAndChain() {
        String rule = "every ecs_service as svc has every subnet has az in svc.subnet.az";
        Report report = Invar.compile(rule).evaluate(service(1L));
        assertEquals(Verdict.PASS, report.results().get(0).verdict());
        Report failing = Invar.compile("every ecs_service has every subnet has az.name == \"us-east-1a\"")
                .evaluate(service(1L));
        Finding f = failing.violations().get(0);
        assertEquals(List.of("ecs_service web", "subnet s2"), f.chain().stream().map(Object::toString).toList());
    }

    @Test
    void countingQuantifiers() {
        Model m = service(1L);
        assertEquals(Verdict.PASS, Invar.compile("at least 2 subnet").evaluate(m).results().get(0).verdict());
        assertEquals(Verdict.FAIL, Invar.compile("at least 3 subnet").evaluate(m).results().get(0).verdict());
        assertEquals(Verdict.PASS, Invar.compile("exactly 1 az with name == \"us-east-1b\"").evaluate(m)
                .results().get(0).verdict());
        assertEquals(Verdict.FAIL, Invar.compile("at most 1 subnet").evaluate(m).results().get(0).verdict());
        assertEquals(Verdict.PASS, Invar.compile("some az has some subnet").evaluate(m).results().get(0).verdict());
    }

    @Test
    void noQuantifierFlagsEachEntity() {
        Report r = Invar.compile("no subnet with az.name == \"us-east-1b\"").evaluate(service(1L));
        assertEquals(List.of("s2"), r.violations().stream().map(f -> f.entity().id()).toList());
    }

    @Test
    void typeErrorsAreAllReportedWithDidYouMean() {
        CompileResult result = Invar.compiler().source("org.invar", """
                every az with alb_node has helthy_targets >= 1
                every ecs_service has subnet == 1
                every ecs_service as svc has desired_count >= 1
                """).compile();
        assertFalse(result.ok());
        String report = result.report();
        assertTrue(report.contains("org.invar:1:28: error: unknown attribute or relation 'helthy_targets' on az"
                + " (did you mean healthy_targets?)"), report);
        assertTrue(report.contains("org.invar:2:23: error: 'subnet' is a collection of subnet: quantify it"), report);
        assertTrue(report.contains("org.invar:3:22: error: binding 'svc' is never used"), report);
    }
}
