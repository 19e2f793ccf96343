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
 * Entries are matched in the file they were found in, a path from the baseline's folder.
 */
class BaselineTest {
    private static final String SEED_INVARIANT = "every az with alb_node has healthy_targets >= 1";

    @TempDir
    Path dir;

    private Path baseline;
    private String seed;

    private void writeBaseline() {
        baseline = dir.resolve("baseline.json");
        seed = Fixtures.write(dir.resolve("stacks/model.json"), Fixtures.text("seed/model.json")).toString();
        Cli.Result r = Cli.run("check", "--write-baseline", baseline.toString(), "--rules", Scenarios.SEED_RULE, seed);
        assertEquals(0, r.status(), () -> "judged against the baseline it just wrote\n" + r);
    }

    /** The seed model, changed in its own file. */
    private String changeModel() {
        return Fixtures.write(Path.of(seed), Fixtures.text("seed/model.json").replace("us-east-1b", "us-east-1c")).toString();
    }

    @Test
    void theBaselineIsSmallSortedAndStable() throws IOException {
        writeBaseline();
        String first = Files.readString(baseline, StandardCharsets.UTF_8);

        Map<String, Object> file = Json.object(Json.parse(first));
        assertEquals(2L, file.get("invar_baseline"));
        List<Object> entries = Json.array(file.get("violations"));
        assertEquals(List.of(
                Map.of("rule", SEED_INVARIANT, "entity", Map.of("kind", "az", "id", "us-east-1a"), "file", "stacks/model.json"),
                Map.of("rule", SEED_INVARIANT, "entity", Map.of("kind", "az", "id", "us-east-1b"), "file", "stacks/model.json")),
                entries);
        writeBaseline();
        assertEquals(first, Files.readString(baseline, StandardCharsets.UTF_8));
        assertTrue(first.endsWith("}\n"), first);
    }

    @Test
    void onlyTheNewViolationFailsAndTheFixedOneIsReported() {
        writeBaseline();
        String changed = changeModel();

        Cli.Result text = Cli.run("check", "--baseline", baseline.toString(), "--rules", Scenarios.SEED_RULE, changed);

        assertEquals(1, text.status(), text::toString);
        String out = text.out();
        assertTrue(out.contains("  fail az us-east-1a  at network.yml:12:3  (in baseline)\n"), out);
        assertTrue(out.contains("  fail az us-east-1c  at arn:aws:ec2:us-east-1::availability-zone/us-east-1c\n"), out);
        assertTrue(out.endsWith("baseline: 1 known, 1 new, 1 fixed\nfixed since the baseline:\n"
                + "  " + SEED_INVARIANT + " az us-east-1b  (stacks/model.json)\n"), out);

        Cli.Result json = Cli.run("check", "--format", "json", "--baseline", baseline.toString(),
                "--rules", Scenarios.SEED_RULE, changed);
        Map<String, Object> report = Json.object(Json.parse(json.out()));
        List<Object> violations = Json.array(report.get("violations"));
        assertEquals(true, Json.object(violations.get(0)).get("in_baseline"));
        assertEquals(false, Json.object(violations.get(0)).get("counts"));
        assertFalse(Json.object(violations.get(1)).containsKey("in_baseline"));
        assertEquals(true, Json.object(violations.get(1)).get("counts"));
        assertEquals(1L, Json.object(report.get("summary")).get("in_baseline"));
        assertEquals(List.of(Map.of("rule", SEED_INVARIANT, "entity", Map.of("kind", "az", "id", "us-east-1b"),
                "file", "stacks/model.json")), report.get("fixed"));
    }

    @Test
    void withNothingNewTheRunPassesThoughViolationsRemain() {
        writeBaseline();

        Cli.Result r = Cli.run("check", "--baseline", baseline.toString(), "--rules", Scenarios.SEED_RULE, seed);

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("fail az us-east-1b"), r::toString);
        assertTrue(r.out().contains("baseline: 2 known, 0 new, 0 fixed\n"), r::toString);
    }

    /** A bucket without versioning in a template of its own. */
    private static final String BUCKET = "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n";
    private static final String VERSIONED = BUCKET + "    Properties:\n      VersioningConfiguration:\n"
            + "        Status: Enabled\n";

    private Path bucketRule() {
        return Fixtures.write(dir.resolve("rules/buckets.invar"),
                "rule bucket-versioned {\n  severity high\n  assert every bucket has versioning == true\n}\n");
    }

    @Test
    void aViolationOfABaselinedEntityInAnotherFileIsNew() {
        Path checkout = dir.resolve("checkout");
        Path a = Fixtures.write(checkout.resolve("a.yml"), BUCKET);
        String rules = bucketRule().toString();
        Path file = checkout.resolve("invar-baseline.json");
        assertEquals(0, Cli.run("check", "--write-baseline", file.toString(), "--rules", rules, a.toString()).status());

        Fixtures.write(a, VERSIONED);
        Path b = Fixtures.write(checkout.resolve("staging/b.yml"), BUCKET);
        Cli.Result r = Cli.run("check", "--baseline", file.toString(), "--rules", rules, a.toString(), b.toString());

        assertEquals(1, r.status(), r::toString);
        String out = r.out();
        assertTrue(out.contains("== " + b + " ==\n\nFAIL bucket-versioned (high)"), out);
        assertTrue(out.contains("  fail bucket Bucket  at " + b + ":2:3\n"), out);
        assertTrue(out.contains("baseline: 0 known, 1 new, 1 fixed\nfixed since the baseline:\n"
                + "  bucket-versioned bucket Bucket  (a.yml)\n"), out);
    }

    @Test
    void theBaselineHoldsInACopyOfTheCheckoutInAnotherFolder() throws IOException {
        Path checkout = dir.resolve("checkout");
        Path a = Fixtures.write(checkout.resolve("stacks/a.yml"), BUCKET);
        String rules = bucketRule().toString();
        Path file = checkout.resolve("ci/invar-baseline.json");
        Files.createDirectories(file.getParent());
        assertEquals(0, Cli.run("check", "--write-baseline", file.toString(), "--rules", rules, a.toString()).status());
        assertTrue(Files.readString(file).contains("\"file\" : \"../stacks/a.yml\""), () -> file.toString());

        Path copy = dir.resolve("elsewhere/copy");
        Fixtures.write(copy.resolve("stacks/a.yml"), BUCKET);
        Fixtures.write(copy.resolve("ci/invar-baseline.json"), Files.readString(file));
        Cli.Result r = Cli.run("check", "--baseline", copy.resolve("ci/invar-baseline.json").toString(), "--rules", rules,
                copy.resolve("stacks/a.yml").toString());

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().endsWith("baseline: 1 known, 0 new, 0 fixed\n"), r::toString);
    }

    @Test
    void aMovedFileIsNewUnlessItsMoveIsGiven() {
        writeBaseline();
        Path moved = Fixtures.write(dir.resolve("elsewhere/renamed.json"), Fixtures.text("seed/model.json"));

        Cli.Result r = Cli.run("check", "--format", "json", "--baseline", baseline.toString(),
                "--rules", Scenarios.SEED_RULE, moved.toString());
        assertEquals(1, r.status(), r::toString);
        assertEquals(2, Json.array(Json.object(Json.parse(r.out())).get("fixed")).size());

        Cli.Result mapped = Cli.run("check", "--format", "json", "--baseline", baseline.toString(),
                "--baseline-path-map", seed + "=" + moved, "--rules", Scenarios.SEED_RULE, moved.toString());
        assertEquals(0, mapped.status(), mapped::toString);
        assertEquals(List.of(), Json.object(Json.parse(mapped.out())).get("fixed"));
    }

    @Test
    void aPathMapNeedsABaseline() {
        Cli.Result r = Cli.run("check", "--baseline-path-map", "a=b", "--rules", Scenarios.SEED_RULE,
                Fixtures.seedModel().toString());
        assertEquals(2, r.status(), r::toString);
        assertEquals("--baseline-path-map moves the files of a baseline: give it with --baseline FILE\n", r.err());
    }

    @Test
    void aFormerBaselineIsReadWithAWarningAndMatchesInAnyFile() {
        Path former = Fixtures.write(dir.resolve("former.json"), "{\"invar_baseline\": 1, \"violations\": [\n"
                + "  {\"rule\": \"healthy-targets:2\", \"entity\": {\"kind\": \"az\", \"id\": \"us-east-1a\"}, "
                + "\"input\": \"old/model.json\"},\n"
                + "  {\"rule\": \"healthy-targets:2\", \"entity\": {\"kind\": \"az\", \"id\": \"us-east-1b\"}}]}\n");

        Cli.Result r = Cli.run("check", "--baseline", former.toString(), "--rules", Scenarios.SEED_RULE,
                Fixtures.seedModel().toString());

        assertEquals(0, r.status(), r::toString);
        assertEquals("warning: " + former + ": this baseline does not say which file each violation was found in (it was"
                + " written by an earlier invar): its entries match a violation of the same rule, entity kind and id in"
                + " any input; write it again with --write-baseline to match per file\n", r.err());
        assertTrue(r.out().endsWith("baseline: 2 known, 0 new, 0 fixed\n"), r::toString);
    }

    @Test
    void unknownVerdictsAreRecordedAndAcceptedToo() throws IOException {
        writeBaseline();
        Path unknown = Fixtures.seedModel(dir.resolve("stacks"), "{\"unknown\": \"parameter ServiceCount has no value\"}");
        Path accepting = dir.resolve("accepting.json");

        Cli.Result first = Cli.run("check", "--write-baseline", accepting.toString(), "--rules", Scenarios.SEED_RULE,
                unknown.toString());
        assertEquals(0, first.status(), first::toString);
        assertTrue(Files.readString(accepting).contains("\"verdict\" : \"unknown\""), () -> accepting.toString());

        Cli.Result judged = Cli.run("check", "--baseline", baseline.toString(), "--rules", Scenarios.SEED_RULE,
                unknown.toString());
        assertEquals(1, judged.status(), "a baseline of failures does not accept unknown verdicts\n" + judged);
    }

    @Test
    void sarifSaysWhichResultsAreNew() {
        writeBaseline();

        Cli.Result r = Cli.run("check", "--format", "sarif", "--baseline", baseline.toString(),
                "--rules", Scenarios.SEED_RULE, changeModel());

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
