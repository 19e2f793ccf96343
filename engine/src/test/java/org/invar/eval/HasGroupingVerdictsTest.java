package org.invar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.invar.CompileResult;
import org.invar.Invar;
import org.invar.dsl.Diagnostic;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.report.Report;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The rule that a dangling 'has' turned into another claim: {@code every ecs_service with some
 * load_balancer with type == "application" has count(distinct subnet.az) >= 2}, over one service
 * in one zone behind an ALB in two. Without parentheses it does not compile; with them, each form
 * means what it says, and only the claim about the service fails.
 */
class HasGroupingVerdictsTest {
    private static final String OF_THE_SERVICE = "every ecs_service with (some load_balancer with type =="
            + " \"application\") has count(distinct subnet.az) >= 2";
    private static final String OF_THE_LOAD_BALANCER = "every ecs_service with (some load_balancer with type =="
            + " \"application\" has count(distinct subnet.az) >= 2)";

    /** An ALB in two zones in front of a service whose one subnet is in one of them. */
    private static Model oneZoneServiceBehindATwoZoneAlb() {
        ModelBuilder b = Model.builder();
        b.entity("az", "us-east-1a").set("name", "us-east-1a");
        b.entity("az", "us-east-1b").set("name", "us-east-1b");
        b.entity("subnet", "subnet1").relate("az", "us-east-1a");
        b.entity("subnet", "subnet2").relate("az", "us-east-1b");
        b.entity("load_balancer", "alb").set("type", "application").set("scheme", "internet-facing")
                .relate("subnet", "subnet1", "subnet2").relate("listener", "http");
        b.entity("listener", "http").set("port", 80).set("protocol", "HTTP").relate("target_group", "web");
        b.entity("target_group", "web").set("target_type", "ip").set("port", 8080);
        b.entity("ecs_service", "web").set("launch_type", "FARGATE").set("desired_count", 2L)
                .relate("subnet", "subnet1").relate("target_group", "web");
        return b.build();
    }

    @Test
    void withoutParenthesesTheRuleDoesNotCompile() {
        String bare = "every ecs_service with some load_balancer with type == \"application\""
                + " has count(distinct subnet.az) >= 2";
        CompileResult result = Invar.compiler().source("zones.invar", bare).compile();
        assertFalse(result.ok());
        assertEquals(List.of("ambiguous"), result.diagnostics().stream().map(Diagnostic::code).toList());
    }

    @Test
    void theClaimAboutTheServiceFailsForTheServiceInOneZone() {
        Report report = Invar.compile(OF_THE_SERVICE).evaluate(oneZoneServiceBehindATwoZoneAlb());
        assertEquals(Verdict.FAIL, report.results().get(0).verdict());
        assertEquals(List.of("web"), report.violations().stream().map(f -> f.entity().id()).toList());
        assertEquals("1", report.violations().get(0).because().get("count(distinct subnet.az)"));
    }

    @Test
    void theClaimAboutTheLoadBalancerPassesForItsTwoZones() {
        Report report = Invar.compile(OF_THE_LOAD_BALANCER).evaluate(oneZoneServiceBehindATwoZoneAlb());
        assertEquals(Verdict.PASS, report.results().get(0).verdict());
    }
}
