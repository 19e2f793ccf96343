package org.invar.cli;

import java.nio.file.Path;

/** The inputs the command tests share: the bundled example, its variants and the seed model. */
final class Scenarios {
    /** The example rules and template; tests run in cli/. */
    static final String RULES = "src/test/resources/rules";
    static final String TEMPLATE = "../examples/alb-one-task.yml";
    /** The example rules, for the suppressed variant of the template. */
    static final String SUPPRESSED_RULES = RULES;
    static final String SEED_RULE = Fixtures.resource("seed/healthy-targets.invar").toString();

    private Scenarios() {
    }

    /** The example template whose Service suppresses ecs-service-covers-its-azs in its Metadata. */
    static Path suppressedTemplate() {
        return Fixtures.resource("suppressed/alb-one-task.yml");
    }

    /** The seed model with the ECS service's desired count unknown, written into dir. */
    static Path unknownSeed(Path dir) {
        return Fixtures.seedModel(dir, "{\"unknown\": \"parameter ServiceCount has no value\"}");
    }
}
