package org.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {

    @Test
    void listsAzWithItsDerivedHealthyTargets() {
        Cli.Result r = Cli.run("schema");

        assertEquals(0, r.status(), r::toString);
        String out = r.out();
        assertTrue(out.contains("\naz: An availability zone\n  attributes:\n"), out);
        assertTrue(Pattern.compile("\n    healthy_targets +int, derived +Healthy \\(live\\) or predicted \\(static\\) targets")
                .matcher(out).find(), out);
        assertTrue(Pattern.compile("\n    alb_node +-> lb_node, many, derived +Nodes of application load balancers")
                .matcher(out).find(), out);
        assertTrue(Pattern.compile("\n    region +-> region, one +The region of the zone\n").matcher(out).find(), out);
    }

    @Test
    void marksDerivedKindsAndListsEveryKind() {
        Cli.Result r = Cli.run("schema");

        assertTrue(r.out().contains("\nlb_node (derived): "), r::toString);
        for (String kind : new String[] {"region", "subnet", "load_balancer", "ecs_service", "bucket"}) {
            assertTrue(Pattern.compile("(^|\n)" + kind + ": ").matcher(r.out()).find(), kind);
        }
    }
}
