package org.invar.testing;

import static org.invar.testing.Infra.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.TestExecutionResult.Status.FAILED;
import static org.junit.platform.engine.TestExecutionResult.Status.SUCCESSFUL;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.invar.testing.Launched.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link InvarCheck} on a small template, run through the JUnit launcher. */
class InvarCheckTest {
    private static final Path BASELINE = Path.of(ExtensionFixtures.BASELINE);

    @BeforeEach
    @AfterEach
    void clean() throws IOException {
        ExtensionFixtures.SEEN.clear();
        Files.deleteIfExists(BASELINE);
        // The fixture's baseline lives under target/; leave no directory behind when the build writes elsewhere.
        for (Path d = BASELINE.getParent(); d != null; d = d.getParent()) {
            try {
                Files.deleteIfExists(d);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }

    @Test
    void eachRuleIsATestNamedAfterItThatFailsWithItsMessage() {
        Launched run = Launched.run(ExtensionFixtures.Storage.class);
        assertEquals(List.of(
                new Outcome("bucket-names: every bucket has name contains bucket_prefix", SUCCESSFUL, ""),
                new Outcome("buckets-versioned: every bucket has versioning == true", FAILED, lines(
                        "Rule buckets-versioned 'every bucket has versioning == true' was violated (1 time) because the logs"
                                + " are evidence:",
                        "  bucket Logs (src/test/resources/infra/app.yml:19:3): app-logs does not keep old versions of its"
                                + " objects [versioning = false]")),
                new Outcome("every bucket has encrypted == true", SUCCESSFUL, ""),
                new Outcome("every db_instance has multi_az == true", FAILED, lines(
                        "Rule 'every db_instance has multi_az == true' had nothing in scope because the logs are evidence:",
                        "  the model has no entity of kind db_instance",
                        "A rule with nothing in scope fails the assertion, since a vacuous pass hides mistakes; allow it with"
                                + " allowEmpty = true in @InvarCheck."))), run.tests());
        assertEquals(List.of(), run.containers());
    }

    @Test
    void theBodyRunsAfterARulePassedAndIsGivenTheModelAndTheResult() {
        Launched run = Launched.run(ExtensionFixtures.StorageFixed.class);
        assertEquals(List.of(SUCCESSFUL, SUCCESSFUL, SUCCESSFUL, SUCCESSFUL),
                run.tests().stream().map(Outcome::status).toList(), run.tests()::toString);
        assertEquals(List.of(
                "bucket-names pass over 2 entities",
                "buckets-versioned pass over 2 entities",
                "storage:16 pass over 2 entities",
                "storage:18 skip over 2 entities"), ExtensionFixtures.SEEN);
    }

    @Test
    void paramsReachTheTemplateAndTheParamsTheRulesDeclare() {
        Launched run = Launched.run(ExtensionFixtures.RuleParams.class);
        assertEquals(List.of(
                new Outcome("bucket-names: every bucket has name contains bucket_prefix", FAILED, lines(
                        "Rule bucket-names 'every bucket has name contains bucket_prefix' was violated (2 times):",
                        "  bucket Data (src/test/resources/infra/app.yml:12:3): bucket Data does not satisfy name contains"
                                + " bucket_prefix: Bucket names start with the application's prefix"
                                + " [name = app-data, bucket_prefix = web-]",
                        "  bucket Logs (src/test/resources/infra/app.yml:19:3): bucket Logs does not satisfy name contains"
                                + " bucket_prefix: Bucket names start with the application's prefix"
                                + " [name = app-logs, bucket_prefix = web-]")),
                new Outcome("buckets-versioned: every bucket has versioning == true", SUCCESSFUL, ""),
                new Outcome("every bucket has encrypted == true", SUCCESSFUL, ""),
                new Outcome("every db_instance has multi_az == true", SUCCESSFUL, "")), run.tests());
    }

    @Test
    void rulesThatDoNotCompileFailTheMethod() {
        Launched run = Launched.run(ExtensionFixtures.BadRules.class);
        assertEquals(List.of(), run.tests());
        assertEquals(List.of(new Outcome("badRules()", FAILED, lines(
                "The rules do not compile (1 error):",
                "src/test/resources/bad-rules/bad.invar:2:18: error: unknown attribute or relation 'versoning' on bucket"
                        + " (did you mean versioning?)",
                "  every bucket has versoning == true",
                "                   ^"))), run.containers());
    }

    @Test
    void anInputThatCannotBeReadFailsTheMethod() {
        Launched run = Launched.run(ExtensionFixtures.MissingInput.class);
        assertEquals(List.of(), run.tests());
        assertEquals(List.of(new Outcome("missingInput()", FAILED,
                "src/test/resources/infra/missing.yml: error: no such file or directory")), run.containers());
    }

    @Test
    void theStandardLibraryIsATestPerRule() {
        Launched run = Launched.run(ExtensionFixtures.StandardLibrary.class);
        assertEquals(org.invar.stdlib.Stdlib.rules().size(), run.tests().size());
        assertEquals(List.of(
                "service-behind-lb-has-no-public-ip: no ecs_service with (target_group or load_balancer) and (subnet or"
                        + " launch_type is set and launch_type == \"FARGATE\") and assign_public_ip == true",
                "alb-drops-invalid-headers: every load_balancer with type == \"application\" has drop_invalid_header_fields"
                        + " == true",
                "internet-facing-listeners-use-tls: no listener with load_balancer.scheme == \"internet-facing\" and"
                        + " protocol in [\"HTTP\", \"TCP\"] and (port != 80 or target_group)"),
                run.tests().stream().filter(t -> t.status() == FAILED).map(Outcome::name).toList());
    }

    @Test
    void aBaselineIsRecordedOnceAndItsNotesArePublished() {
        Launched first = Launched.run(ExtensionFixtures.Frozen.class);
        assertEquals(List.of(SUCCESSFUL, SUCCESSFUL, SUCCESSFUL, SUCCESSFUL),
                first.tests().stream().map(Outcome::status).toList(), first.tests()::toString);
        assertEquals(List.of("Recorded 1 violation in baseline " + BASELINE
                + ", a new file; from now on only violations not listed there fail."), first.notes());
        Launched second = Launched.run(ExtensionFixtures.Frozen.class);
        assertEquals(List.of(SUCCESSFUL, SUCCESSFUL, SUCCESSFUL, SUCCESSFUL),
                second.tests().stream().map(Outcome::status).toList(), second.tests()::toString);
        assertEquals(List.of("Not counted: 1 violation recorded in baseline " + BASELINE + "."), second.notes());
    }

    @Test
    void theFixturesAreDisabledUnlessTheirTestLaunchesThem() {
        Launched run = Launched.run(ExtensionFixtures.Storage.class, false);
        assertEquals(List.of(), run.tests());
        assertEquals(List.of(new Outcome("ExtensionFixtures$Storage", null,
                "skipped: @EnabledIf(\"org.invar.testing.ExtensionFixtures#launchedByTest\") evaluated to false")),
                run.containers());
    }
}
