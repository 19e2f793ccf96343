package org.invar.testing;

import static org.invar.testing.InvarAssertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.invar.model.Model;
import org.invar.stdlib.Stdlib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example test of the README's "Assertions in unit tests", with this module's paths: the
 * repository's example template for the team's template, src/test/resources/seed-rules for the
 * team's src/main/invar. It must pass as it is, so the README shows code that works.
 */
class ReadmeExampleTest {
    private static final Path TEMPLATE = Path.of("../examples/alb-one-task.yml");

    @TempDir
    Path dir;

    @Test
    void everyZoneWithALoadBalancerNodeHasAHealthyTarget() {
        Model model = Models.cloudFormation(TEMPLATE, Map.of("TaskCount", "2"));
        assertThat(model)
                .because("we promised 99.9%")
                .satisfies("every az with alb_node has healthy_targets >= 1");
    }

    @Test
    void oneTaskLeavesAZoneWithoutTargets() {
        Model model = Models.cloudFormation(TEMPLATE, Map.of("TaskCount", "1"));
        assertThat(model).violates("every az with alb_node has healthy_targets >= 1");
    }

    @Test
    void theStandardLibraryFailsOnlyOnNewViolations() {
        assertThat(Models.cloudFormation(TEMPLATE))
                .allowingEmpty()
                .freezingViolationsIn(dir.resolve("invar-baseline.json"))
                .satisfies(Stdlib.rules());
    }

    @InvarCheck(rules = "src/test/resources/seed-rules", input = "../examples/alb-one-task.yml", params = "TaskCount=2",
            allowEmpty = true)
    void ourRulesHold() {
    }
}
