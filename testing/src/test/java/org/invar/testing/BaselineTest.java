package org.invar.testing;

import static org.invar.testing.Infra.failure;
import static org.invar.testing.Infra.lines;
import static org.invar.testing.InvarAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.model.Origin;
import org.invar.report.EntityRef;
import org.invar.report.Verdict;
import org.invar.report.baseline.BaselineEntry;
import org.invar.report.baseline.BaselineFile;
import org.invar.report.baseline.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    private static final String TWO_TASKS = "every ecs_service has desired_count >= 2";

    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();

    /** Services with these desired counts, named s0, s1, ... */
    private static Model services(int... counts) {
        ModelBuilder b = Model.builder();
        for (int i = 0; i < counts.length; i++) {
            b.entity("ecs_service", "s" + i).set("desired_count", counts[i]).end();
        }
        return b.build();
    }

    private static BaselineEntry entry(String rule, String service) {
        return BaselineEntry.of(rule, new EntityRef("ecs_service", service), Verdict.FAIL, Place.NOWHERE);
    }

    private ModelAssert frozen(Model model, Path baseline) {
        return assertThat(model).freezingViolationsIn(baseline).reportingTo(notes::add);
    }

    @Test
    void theFirstRunRecordsTheViolationsInANewFileAndPasses() throws IOException {
        Path baseline = dir.resolve("invar/baseline.json");
        assertDoesNotThrow(() -> frozen(services(1, 2, 0), baseline).satisfies(TWO_TASKS));
        assertEquals("""
                {
                  "invar_baseline" : 2,
                  "violations" : [ {
                    "rule" : "every ecs_service has desired_count >= 2",
                    "entity" : {
                      "kind" : "ecs_service",
                      "id" : "s0"
                    }
                  }, {
                    "rule" : "every ecs_service has desired_count >= 2",
                    "entity" : {
                      "kind" : "ecs_service",
                      "id" : "s2"
                    }
                  } ]
                }
                """, Files.readString(baseline));
        assertEquals(List.of("Recorded 2 violations in baseline " + baseline
                + ", a new file; from now on only violations not listed there fail."), notes);
    }

    @Test
    void laterRunsDoNotCountTheRecordedViolations() {
        Path baseline = dir.resolve("baseline.json");
        frozen(services(1, 2, 0), baseline).satisfies(TWO_TASKS);
        notes.clear();
        assertDoesNotThrow(() -> frozen(services(1, 2, 0), baseline).satisfies(TWO_TASKS));
        assertEquals(List.of("Not counted: 2 violations recorded in baseline " + baseline + "."), notes);
    }

    @Test
    void aNewViolationFails() {
        Path baseline = dir.resolve("baseline.json");
        frozen(services(1, 2), baseline).satisfies(TWO_TASKS);
        String message = failure(() -> frozen(services(1, 2, 0), baseline).because("a service survives losing a task")
                .satisfies(TWO_TASKS));
        assertEquals(lines(
                "Rule 'every ecs_service has desired_count >= 2' was violated (1 time) because a service survives losing"
                        + " a task:",
                "  ecs_service s2: ecs_service s2 does not satisfy desired_count >= 2 [desired_count = 0]",
                "Not counted: 1 violation recorded in baseline " + baseline + ". To accept the current violations,"
                        + " delete " + baseline + " and run the test again."), message);
    }

    @Test
    void aNewViolationOfARuleTheBaselineDoesNotKnowSaysSo() {
        Path baseline = dir.resolve("baseline.json");
        frozen(services(2), baseline).satisfies(TWO_TASKS);
        String message = failure(() -> frozen(services(1), baseline).satisfies(TWO_TASKS));
        assertEquals(lines(
                "Rule 'every ecs_service has desired_count >= 2' was violated (1 time):",
                "  ecs_service s0: ecs_service s0 does not satisfy desired_count >= 2 [desired_count = 1]",
                "None of these violations is recorded in baseline " + baseline + ". To accept the current violations,"
                        + " delete " + baseline + " and run the test again."), message);
    }

    @Test
    void fixedViolationsAreReportedAndRemovedFromTheFile() throws IOException {
        Path baseline = dir.resolve("baseline.json");
        frozen(services(1, 0, 1), baseline).satisfies(TWO_TASKS);
        notes.clear();
        assertDoesNotThrow(() -> frozen(services(2, 0, 3), baseline).satisfies(TWO_TASKS));
        assertEquals(List.of(
                lines("Fixed since baseline " + baseline + " was recorded, and removed from it (2 violations):",
                        "  ecs_service s0 no longer violates 'every ecs_service has desired_count >= 2'",
                        "  ecs_service s2 no longer violates 'every ecs_service has desired_count >= 2'"),
                "Not counted: 1 violation recorded in baseline " + baseline + "."), notes);
        assertEquals(BaselineFile.text(List.of(entry(TWO_TASKS, "s1"))), Files.readString(baseline));
        String message = failure(() -> frozen(services(1, 0, 3), baseline).satisfies(TWO_TASKS));
        assertEquals("Rule 'every ecs_service has desired_count >= 2' was violated (1 time):",
                message.lines().findFirst().orElseThrow(), "a fixed violation that comes back fails");
    }

    @Test
    void namedRulesAreRecordedByIdAndOtherRulesEntriesAreKept() throws IOException {
        Path baseline = dir.resolve("baseline.json");
        String named = "rule two-tasks {\n  assert every ecs_service has desired_count >= 2\n}";
        frozen(services(1, 1), baseline).satisfies(named, "every ecs_service has desired_count >= 3");
        assertEquals(BaselineFile.text(List.of(
                entry("two-tasks", "s0"),
                entry("two-tasks", "s1"),
                entry("every ecs_service has desired_count >= 3", "s0"),
                entry("every ecs_service has desired_count >= 3", "s1"))),
                Files.readString(baseline));
        notes.clear();
        frozen(services(2, 2), baseline).satisfies(named);
        assertEquals(BaselineFile.text(List.of(
                entry("every ecs_service has desired_count >= 3", "s0"),
                entry("every ecs_service has desired_count >= 3", "s1"))),
                Files.readString(baseline));
        assertEquals(List.of(lines(
                "Fixed since baseline " + baseline + " was recorded, and removed from it (2 violations):",
                "  ecs_service s0 no longer violates two-tasks 'every ecs_service has desired_count >= 2'",
                "  ecs_service s1 no longer violates two-tasks 'every ecs_service has desired_count >= 2'")), notes);
    }

    @Test
    void unknownVerdictsAreFrozenToo() throws IOException {
        Path baseline = dir.resolve("baseline.json");
        assertDoesNotThrow(() -> frozen(Infra.services(), baseline).satisfies(TWO_TASKS));
        assertEquals(List.of("Recorded 1 violation and 1 unknown verdict in baseline " + baseline
                + ", a new file; from now on only findings not listed there fail."), notes.subList(0, 1));
        assertTrue(Files.readString(baseline).contains("\"verdict\" : \"unknown\""), () -> baseline.toString());
        notes.clear();

        assertDoesNotThrow(() -> frozen(Infra.services(), baseline).satisfies(TWO_TASKS));
        assertEquals("Not counted: 1 violation and 1 unknown verdict recorded in baseline " + baseline + ".", notes.get(0));
    }

    @Test
    void theSameViolationInAnotherFileIsNew() {
        Path baseline = dir.resolve("baseline.json");
        Model inA = Model.builder().entity("ecs_service", "s0").set("desired_count", 1)
                .origin(Origin.at(dir.resolve("a.yml").toString(), 3, 3)).end().build();
        Model inB = Model.builder().entity("ecs_service", "s0").set("desired_count", 1)
                .origin(Origin.at(dir.resolve("staging/b.yml").toString(), 3, 3)).end().build();
        frozen(inA, baseline).satisfies(TWO_TASKS);

        assertDoesNotThrow(() -> frozen(inA, baseline).satisfies(TWO_TASKS));
        String message = failure(() -> frozen(inB, baseline).satisfies(TWO_TASKS));
        assertEquals("  ecs_service s0 (" + dir.resolve("staging/b.yml") + ":3:3): ecs_service s0 does not satisfy"
                + " desired_count >= 2 [desired_count = 1]", message.lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void aRuleWithNothingInScopeSaysNothingOfTheBaseline() {
        Path baseline = dir.resolve("baseline.json");
        String message = failure(() -> frozen(services(1), baseline).satisfies("every bucket has encrypted == true"));
        assertEquals(lines(
                "Rule 'every bucket has encrypted == true' had nothing in scope:",
                "  the model has no entity of kind bucket",
                "A rule with nothing in scope fails the assertion, since a vacuous pass hides mistakes;"
                        + " allow it with .allowingEmpty()."), message);
    }

    @Test
    void aFormerBaselineIsReadWithANoteAndMatchesInAnyFile() throws IOException {
        Path baseline = dir.resolve("cli-baseline.json");
        Files.writeString(baseline, """
                {"invar_baseline": 1, "violations": [
                  {"rule": "every ecs_service has desired_count >= 2", "entity": {"kind": "ecs_service", "id": "s0"},
                   "input": "stacks/web.yml"}]}
                """, StandardCharsets.UTF_8);
        assertDoesNotThrow(() -> frozen(services(1), baseline).satisfies(TWO_TASKS));
        assertEquals("Baseline " + baseline + " does not say which file each violation was found in (an earlier invar"
                + " wrote it): its entries match a violation of the same rule and entity in any file. To record the files,"
                + " delete " + baseline + " and run the test again.", notes.get(0));
    }

    @Test
    void aFileThatIsNotABaselineIsAnError() throws IOException {
        Path baseline = dir.resolve("baseline.json");
        Files.writeString(baseline, "{\"invar_baseline\": 1, \"violations\": [{\"rule\": 3}]}");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> frozen(services(1), baseline).satisfies(TWO_TASKS));
        assertEquals(baseline + ":1:47: error: \"rule\" is not a string", e.getMessage());
    }

    @Test
    void malformedJsonIsAnError() throws IOException {
        Path baseline = dir.resolve("baseline.json");
        Files.writeString(baseline, "{\"invar_baseline\": 1,\n  \"violations\": [");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> frozen(services(1), baseline).satisfies(TWO_TASKS));
        assertEquals(baseline + ":2:18: error: malformed JSON: Unexpected end-of-input: expected close marker for Array",
                e.getMessage());
    }
}
