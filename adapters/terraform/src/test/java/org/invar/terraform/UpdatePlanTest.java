package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.invar.Invar;
import org.invar.model.Model;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;

/**
 * A plan against a deployed state (fixtures/seed/plan-update.json): what it destroys (a subnet
 * and its route table association) is not in the model; what it keeps and updates has its
 * known ids, and links follow them.
 */
class UpdatePlanTest {
    private final Model model = Fixtures.plan("seed/plan-update.json");

    @Test
    void whatThePlanDeletesDoesNotExist() {
        assertEquals(List.of("aws_subnet.public[0]"), model.table("subnet").ids());
        assertEquals(List.of("us-east-1a"), model.table("az").ids());
    }

    @Test
    void updatedResourcesHaveTheirNewValuesAndKnownIds() {
        assertEquals("3", Fixtures.attribute(model, "ecs_service", "aws_ecs_service.web", "desired_count")
                .orElseThrow().display());
        assertEquals("subnet-0a1b2c3d4e5f60718", Fixtures.attribute(model, "subnet", "aws_subnet.public[0]", "id")
                .orElseThrow().display());
        assertEquals(List.of("aws_subnet.public[0]"), Fixtures.related(model, "load_balancer", "aws_lb.web", "subnet"));
        assertEquals(List.of("aws_subnet.public[0]"),
                Fixtures.related(model, "route_table", "aws_route_table.public", "subnet"));
    }

    @Test
    void theRemainingZonePasses() {
        var result = Invar.compile("every az with alb_node has healthy_targets >= 1").evaluate(model).results().get(0);
        assertEquals(Verdict.PASS, result.verdict());
        assertTrue(model.table("target").ids().stream().allMatch(t -> t.contains("/us-east-1a/")));
    }
}
