package org.invar.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.invar.model.Model;
import org.invar.report.RuleResult;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Test classes that use {@link InvarCheck}, some failing on purpose. {@link InvarCheckTest} runs
 * them through the JUnit launcher and checks what they report; run any other way (an IDE that
 * runs every class) they are disabled.
 */
final class ExtensionFixtures {
    static final String LAUNCHED = "invar.testing.fixtures";
    static final String BASELINE = "target/invar-fixtures/baseline.json";

    /** What the bodies of passing rule tests were given. */
    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    private ExtensionFixtures() {
    }

    static boolean launchedByTest(ExtensionContext context) {
        return context.getConfigurationParameter(LAUNCHED).isPresent();
    }

    @EnabledIf("org.invar.testing.ExtensionFixtures#launchedByTest")
    static class Storage {
        @InvarCheck(rules = "src/test/resources/rules", input = "src/test/resources/infra/app.yml",
                because = "the logs are evidence")
        void storageRules() {
        }
    }

    @EnabledIf("org.invar.testing.ExtensionFixtures#launchedByTest")
    static class StorageFixed {
        @InvarCheck(rules = "src/test/resources/rules/storage.invar", input = "src/test/resources/infra/app.yml",
                params = "LogsVersioning=Enabled", allowEmpty = true)
        void storageRules(Model model, RuleResult result) {
            SEEN.add(result.rule() + " " + result.verdict().word() + " over " + model.size() + " entities");
        }
    }

    @EnabledIf("org.invar.testing.ExtensionFixtures#launchedByTest")
    static class RuleParams {
        @InvarCheck(rules = "src/test/resources/rules", input = "src/test/resources/infra/app.yml",
                params = {"LogsVersioning=Enabled", "bucket_prefix=web-"}, allowEmpty = true)
        void storageRules() {
        }
    }

    @EnabledIf("org.invar.testing.ExtensionFixtures#launchedByTest")
    static class BadRules {
        @InvarCheck(rules = "src/test/resources/bad-rules", input = "src/test/resources/infra/app.yml")
        void badRules() {
        }
    }

    @EnabledIf("org.invar.testing.ExtensionFixtures#launchedByTest")
    static class MissingInput {
        @InvarCheck(rules = "src/test/resources/rules", input = "src/test/resources/infra/missing.yml")
        void missingInput() {
        }
    }

    @EnabledIf("org.invar.testing.ExtensionFixtures#launchedByTest")
    static class StandardLibrary {
        @InvarCheck(stdlib = true, input = "../examples/alb-one-task.yml", params = "TaskCount=2", allowEmpty = true)
        void standardRules() {
        }
    }

    @EnabledIf("org.invar.testing.ExtensionFixtures#launchedByTest")
    static class Frozen {
        @InvarCheck(rules = "src/test/resources/rules", input = "src/test/resources/infra/app.yml", allowEmpty = true,
                baseline = BASELINE)
        void frozenRules() {
        }
    }
}
