package org.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A baseline accepts today's failures: written once, it lets later runs fail only on new ones and
 * report the ones fixed since. The seed model fails in zones us-east-1a and us-east-1b; the
 * changed model moves the second zone's subnet to us-east-1c, so 1a is known, 1c new, 1b fixed.
 */
class BaselineTest {
    @TempDir
    Path dir;

    private Path baseline;
    private String seed;

    private void writeBaseline() {
        baseline = dir.resolve("baseline.json");
        seed = Fixtures.seedModel().toString();
        Cli.Result r = Cli.run("check", "--write-baseline", baseline.toString(), "--rules", Scenarios.SEED_RULE, seed);
        assertEquals(0, r.status(), () -> "judged against the baseline it just wrote\n" + r);
    }

    private Path changedModel() {
        return Fixtures.write(dir.resolve("changed/model.json"),
                Fixtures.text("seed/model.json").replace("us-east-1b", "us-east-1c"));
    }

    @Test
    void theBaselineIsSmallSortedAndStable() throws IOException {
        writeBaseline();
        String first = Files.readString(baseline, StandardCharsets.UTF_8);

        Map<String, Object> file = Json.object(Json.parse(first));
        assertEquals(1L, file.get("invar_baseline"));
        List<Object> entries = Json.array(file.get("violations"));
        assertEquals(List.of(
                Map.of("rule", "healthy-targets:2", "entity", Map.of("kind", "az", "id", "us-east-1a"), "input", seed),
                Map.of("rule", "healthy-targets:2", "entity", Map.of("kind", "az", "id", "us-east-1b"), "input", seed)),
                entries);
        writeBaseline();
        assertEquals(first, Files.readString(baseline, StandardCharsets.UTF_8));
        assertTrue(first.endsWith("}\n"), first);
    }

    @Test
    void onlyTheNewViolationFailsAndTheFixedOneIsReported() {
        writeBaseline();
        String changed = changedModel().toString();

        Cli.Result text = Cli.run("check", "--baseline", baseline.toString(), "--rules", Scenarios.SEED_RULE, changed);

        assertEquals(1, text.status(), text::toString);
        String out = text.out();
        assertTrue(out.contains("  fail az us-east-1a  at network.yml:12:3  (in baseline)\n"), out);
        assertTrue(out.contains("  fail az us-east-1c  at arn:aws:ec2:us-east-1::availability-zone/us-east-1c\n"), out);
        assertTrue(out.endsWith("baseline: 1 known, 1 new, 1 fixed\nfixed since the baseline:\n"
                + "  healthy-targets:2 az us-east-1b  (" + seed + ")\n"), out);

        Cli.Result json = Cli.run("check", "--format", "json", "--baseline", baseline.toString(),
                "--rules", Scenarios.SEED_RULE, changed);
        Map<String, Object> report = Json.object(Json.parse(json.out()));
        List<Object> violations = Json.array(report.get("violations"));
        assertEquals(true, Json.object(violations.get(0)).get("in_baseline"));
        assertFalse(Json.object(violations.get(1)).containsKey("in_baseline"));
        assertEquals(1L, Json.object(report.get("summary")).get("in_baseline"));
        assertEquals(List.of(Map.of("rule", "healthy-targets:2", "entity", Map.of("kind", "az", "id", "us-east-1b"),
                "input", seed)), report.get("fixed"));
    }

    @Test
    void withNothingNewTheRunPassesThoughViolationsRemain() {
        writeBaseline();

        Cli.Result r = Cli.run("check", "--baseline", baseline.toString(), "--rules", Scenarios.SEED_RULE, seed);

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("fail az us-east-1b"), r::toString);
        assertTrue(r.out().contains("baseline: 2 known, 0 new, 0 fixed\n"), r::toString);
    }

    @Test
    void matchingSurvivesMovingTheInput() {
        writeBaseline();
        Path moved = Fixtures.write(dir.resolve("elsewhere/renamed.json"), Fixtures.text("seed/model.json"));

        Cli.Result r = Cli.run("check", "--format", "json", "--baseline", baseline.toString(),
                "--rules", Scenarios.SEED_RULE, moved.toString());

        assertEquals(0, r.status(), r::toString);
        assertEquals(List.of(), Json.object(Json.parse(r.out())).get("fixed"));
    }

    @Test
    void sarifSaysWhichResultsAreNew() {
        writeBaseline();

        Cli.Result r = Cli.run("check", "--format", "sarif", "--baseline", baseline.toString(),
                "--rules", Scenarios.SEED_RULE, changedModel().toString());

        List<Object> results = Json.array(Json.object(Json.array(Json.object(Json.parse(r.out())).get("runs")).get(0))
                .get("results"));
        assertEquals(List.of("unchanged", "new"), results.stream().map(x -> Json.object(x).get("baselineState")).toList());
        assertEquals(java.util.Set.of(), SarifSchemaTest.validate(r.out()));
    }

    @Test
    void aBaselineThatIsNotOneIsAnErrorWithItsPlace() {
        Path bad = Fixtures.write(dir.resolve("bad.json"), "{\n  \"invar_baseline\": 1,\n  \"violations\": [{\"rule\": 3}]\n}\n");
        Cli.Result r = Cli.run("check", "--baseline", bad.toString(), "--rules", Scenarios.SEED_RULE,
                Fixtures.seedModel().toString());
        assertEquals(2, r.status(), r::toString);
        assertEquals(bad + ":3:27: error: \"rule\" is not a string\n", r.err());
        assertEquals("", r.out());

        Path malformed = Fixtures.write(dir.resolve("malformed.json"), "{\"invar_baseline\": 1,\n");
        Cli.Result m = Cli.run("check", "--baseline", malformed.toString(), "--rules", Scenarios.SEED_RULE,
                Fixtures.seedModel().toString());
        assertEquals(2, m.status(), m::toString);
        assertTrue(m.err().startsWith(malformed + ":2:1: error: malformed JSON"), m::toString);

        Path missing = dir.resolve("missing.json");
        Cli.Result n = Cli.run("check", "--baseline", missing.toString(), "--rules", Scenarios.SEED_RULE,
                Fixtures.seedModel().toString());
        assertEquals(2, n.status(), n::toString);
        assertEquals(missing + ": error: cannot read the baseline: no such file or directory\n", n.err());
    }

    @Test
    void unknownFieldsAreRefused() {
        Path other = Fixtures.write(dir.resolve("other.json"), "{\"invar_model\": 1, \"entities\": []}\n");
        Cli.Result r = Cli.run("check", "--baseline", other.toString(), "--rules", Scenarios.SEED_RULE,
                Fixtures.seedModel().toString());
        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().startsWith(other + ":1:2: error: unknown field \"invar_model\""), r::toString);
    }
}
