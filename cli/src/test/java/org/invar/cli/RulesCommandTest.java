package org.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {

    @Test
    void listsTheDesignExamplesWithCanonicalText() {
        Cli.Result r = Cli.run("rules", "--rules", Fixtures.resource("design").toString());

        assertEquals(0, r.status(), r::toString);
        assertEquals("", r.err(), r::toString);
        String out = r.out();
        assertTrue(out.contains("availability:2 (medium)\n  every az with alb_node has healthy_targets >= 1\n"), out);
        assertTrue(out.contains("ecs-service-covers-its-azs (high)\n"
                + "  An ECS service behind a load balancer runs a task in every AZ it uses\n"
                + "  every ecs_service with load_balancer has desired_count >= count(distinct subnet.az)\n"
                + "  tags: availability, ecs\n"), out);
        assertTrue(out.contains("internet-facing-alb-in-public-subnets (critical)\n  no load_balancer with scheme =="
                + " \"internet-facing\" has some subnet with default_route_target == \"nat_gateway\"\n"), out);
        assertTrue(out.contains("tasks-only-where-the-lb-has-a-node (high)\n  every ecs_service as svc with "
                + "load_balancer has every subnet has az in svc.load_balancer.subnet.az\n"), out);
        assertTrue(out.contains("cluster-spans-three-azs (medium)\n  every ecs_cluster with instance has "
                + "count(distinct instance.az) >= min_azs\n"), out);
        assertTrue(out.contains("5 rules; params: min_azs = 3"), out);
    }

    @Test
    void printsTheInvariantInCanonicalFormNotAsWritten(@TempDir Path dir) {
        Path file = Fixtures.write(dir.resolve("messy.invar"),
                "rule messy { severity low assert every   az   with alb_node has(healthy_targets>=1) }\n");

        Cli.Result r = Cli.run("rules", "--rules", file.toString());

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("messy (low)\n  every az with alb_node has healthy_targets >= 1\n"), r::toString);
    }

    @Test
    void theTwoGroupingsOfANestedHasPrintApart(@TempDir Path dir) {
        Path file = Fixtures.write(dir.resolve("zones.invar"), """
                rule of-the-service { assert every ecs_service with (some load_balancer with type == "application") has count(distinct subnet.az) >= 2 }
                rule of-the-lb { assert every ecs_service with (some load_balancer with type == "application" has count(distinct subnet.az) >= 2) }
                """);

        Cli.Result r = Cli.run("rules", "--rules", file.toString());

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("of-the-service (medium)\n  every ecs_service with (some load_balancer with type =="
                + " \"application\") has count(distinct subnet.az) >= 2\n"), r::toString);
        assertTrue(r.out().contains("of-the-lb (medium)\n  every ecs_service with (some load_balancer with type =="
                + " \"application\" has count(distinct subnet.az) >= 2)\n"), r::toString);
    }

    @Test
    void aHasThatCouldBeEitherQuantifiersExitsTwoWithBothReadings(@TempDir Path dir) {
        Path file = Fixtures.write(dir.resolve("zones.invar"), "every ecs_service with some load_balancer with type =="
                + " \"application\" has count(distinct subnet.az) >= 2\n");

        Cli.Result r = Cli.run("rules", "--rules", file.toString());

        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().contains(file + ":1:70: error: ambiguous 'has': write every ecs_service with (some"
                + " load_balancer with type == \"application\") has count(distinct subnet.az) >= 2 to state it of the"
                + " ecs_service, or every ecs_service with (some load_balancer with type == \"application\" has"
                + " count(distinct subnet.az) >= 2) to state it of the load_balancer\n"), r::toString);
        assertTrue(r.err().contains("\n  " + " ".repeat(69) + "^"), r::toString);
    }

    @Test
    void aRuleThatDoesNotParseExitsTwoWithItsPositionAndACaret(@TempDir Path dir) {
        Path file = Fixtures.write(dir.resolve("bad.invar"), "# line one\nevery az with alb_node has >= 1\n");

        Cli.Result r = Cli.run("rules", "--rules", file.toString());

        assertEquals(2, r.status(), r::toString);
        assertEquals("", r.out());
        assertTrue(r.err().contains(file + ":2:28: error:"), r::toString);
        assertTrue(r.err().contains("\n  every az with alb_node has >= 1\n  " + " ".repeat(27) + "^"), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
    }

    @Test
    void everyDiagnosticIsReportedNotOnlyTheFirst(@TempDir Path dir) {
        Path file = Fixtures.write(dir.resolve("typos.invar"),
                "every az has helthy_targets >= 1\nevery subnet has is_pubic\n");

        Cli.Result r = Cli.run("rules", "--rules", file.toString());

        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().contains(file + ":1:14: error:"), r::toString);
        assertTrue(r.err().contains(file + ":2:18: error:"), r::toString);
    }

    @Test
    void aMissingRuleFileExitsTwo(@TempDir Path dir) {
        Cli.Result r = Cli.run("rules", "--rules", dir.resolve("nowhere.invar").toString());

        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().contains("nowhere.invar: error: no such file or directory"), r::toString);
    }

    @Test
    void withoutRulesItSaysSoAndSucceeds() {
        Cli.Result r = Cli.run("rules");

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.err().contains("no rules to list: pass --rules PATH"), r::toString);
    }
}
