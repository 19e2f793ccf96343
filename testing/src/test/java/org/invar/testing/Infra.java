package org.invar.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.invar.model.Model;
import org.invar.model.Origin;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/** Models and helpers the tests share. */
final class Infra {
    static final String SEED_RULE = "every az with alb_node has healthy_targets >= 1";

    /** The repository's example: an ALB in two AZs in front of an ECS service with TaskCount tasks. */
    static final Path EXAMPLE = Path.of("../examples/alb-one-task.yml");

    private Infra() {
    }

    /** An application load balancer in two AZs with no target behind it: both AZs have a node and no healthy target. */
    static Model albWithoutTargets() {
        return Model.builder()
                .entity("az", "us-east-1a").set("name", "us-east-1a").origin(Origin.at("network.yml", 12, 3)).end()
                .entity("az", "us-east-1b").set("name", "us-east-1b").origin(Origin.at("network.yml", 20, 3)).end()
                .entity("subnet", "subnet-a").set("map_public_ip_on_launch", false).relate("az", "us-east-1a").end()
                .entity("subnet", "subnet-b").set("map_public_ip_on_launch", false).relate("az", "us-east-1b").end()
                .entity("load_balancer", "alb").set("type", "application").relate("subnet", "subnet-a", "subnet-b").end()
                .build();
    }

    /**
     * Three services: api runs 1 task, metadata an unknown number (a parameter without a value),
     * canary 1 task with the rule {@code <inline>:1} suppressed.
     */
    static Model services() {
        return Model.builder()
                .entity("ecs_service", "api").set("desired_count", 1).origin(Origin.at("app.yml", 12, 3)).end()
                .entity("ecs_service", "metadata").unknown("desired_count", "parameter ServiceCount has no value")
                .origin(Origin.at("app.yml", 40, 3)).end()
                .entity("ecs_service", "canary").set("desired_count", 1).suppress("<inline>:1", "a canary runs one task")
                .end()
                .build();
    }

    static Model example(int taskCount) {
        return Models.cloudFormation(EXAMPLE, Map.of("TaskCount", Integer.toString(taskCount)));
    }

    /** The message of the assertion error the code throws; fails when it throws none. */
    static String failure(Executable assertion) {
        return assertThrows(AssertionFailedError.class, assertion).getMessage();
    }

    static String lines(String... lines) {
        return String.join("\n", lines);
    }
}
