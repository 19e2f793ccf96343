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

class CheckCommandTest {
    private static final String SEED_RULE = Fixtures.resource("seed/healthy-targets.invar").toString();

    private static String seed() {
        return Fixtures.seedModel().toString();
    }

    @Test
    void theSeedFailureFailsInBothZones() {
        Cli.Result r = Cli.run("check", "--rules", SEED_RULE, seed());

        assertEquals(1, r.status(), r::toString);
        String out = r.out();
        assertTrue(out.contains("FAIL healthy-targets:2 (medium)\n  every az with alb_node has healthy_targets >= 1\n"), out);
        assertTrue(out.contains("  fail az us-east-1a  at network.yml:12:3\n"), out);
        assertTrue(out.contains("  fail az us-east-1b  at arn:aws:ec2:us-east-1::availability-zone/us-east-1b\n"), out);
        assertEquals(2, count(out, "healthy_targets = 0"), out);
        assertTrue(out.contains("because: alb_node = [metaflow-alb/us-east-1a], healthy_targets = 0\n"), out);
        assertTrue(out.endsWith("1 rule: 1 failed, 0 unknown, 0 passed, 0 skipped; 13 entities\n"), out);
        assertEquals("", r.err());
    }

    @Test
    void theChainLeadsFromTheEntityToWhatANestedQuantifierSettledOn(@TempDir Path dir) {
        Path rules = Fixtures.write(dir.resolve("nested.invar"),
                "every az with alb_node has every alb_node has healthy_targets >= 1\n");

        Cli.Result text = Cli.run("check", "--rules", rules.toString(), seed());
        assertEquals(1, text.status(), text::toString);
        assertTrue(text.out().contains("    chain: az us-east-1b <- lb_node metaflow-alb/us-east-1b\n"), text::toString);

        Cli.Result json = Cli.run("check", "--format", "json", "--rules", rules.toString(), seed());
        Map<String, Object> first = Json.object(Json.array(Json.object(Json.parse(json.out())).get("violations")).get(0));
        assertEquals(List.of(Map.of("kind", "az", "id", "us-east-1a"),
                Map.of("kind", "lb_node", "id", "metaflow-alb/us-east-1a")), first.get("chain"));
    }

    @Test
    void twoTasksOverTwoZonesPass(@TempDir Path dir) {
        Cli.Result r = Cli.run("check", "--rules", SEED_RULE, Fixtures.seedModel(dir, "2").toString());

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("passed: healthy-targets:2 (2 in scope)\n"), r::toString);
        assertTrue(r.out().contains("1 rule: 0 failed, 0 unknown, 1 passed, 0 skipped;"), r::toString);
        assertFalse(r.out().contains("fail "), r::toString);
    }

    @Test
    void anUnknownDesiredCountIsReportedWithItsReasonAndFailsLikeAFailure(@TempDir Path dir) {
        Path model = Fixtures.seedModel(dir, "{\"unknown\": \"parameter ServiceCount has no value\"}");

        Cli.Result r = Cli.run("check", "--rules", SEED_RULE, model.toString());

        assertEquals(1, r.status(), r::toString);
        String out = r.out();
        assertTrue(out.contains("UNKNOWN healthy-targets:2 (medium)"), out);
        assertTrue(out.contains("  unknown az us-east-1a"), out);
        assertTrue(out.contains("  unknown az us-east-1b"), out);
        assertTrue(out.contains("reason: ") && out.contains("parameter ServiceCount has no value"), out);
        assertTrue(out.contains("1 rule: 0 failed, 1 unknown, 0 passed, 0 skipped;"), out);
        assertTrue(out.endsWith("\n2 unknown verdicts at or above low count as failing; --allow-unknown lets them pass\n"),
                out);
    }

    @Test
    void allowUnknownLetsUnknownVerdictsPassAndSaysSo(@TempDir Path dir) {
        Path model = Fixtures.seedModel(dir, "{\"unknown\": \"parameter ServiceCount has no value\"}");

        Cli.Result r = Cli.run("check", "--allow-unknown", "--rules", SEED_RULE, model.toString());

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("  unknown az us-east-1a"), r::toString);
        assertTrue(r.out().endsWith("\n2 unknown verdicts at or above low pass under --allow-unknown\n"), r::toString);
    }

    @Test
    void anUnknownVerdictBelowFailOnDoesNotCount(@TempDir Path dir) {
        Path model = Fixtures.seedModel(dir, "{\"unknown\": \"parameter ServiceCount has no value\"}");

        Cli.Result r = Cli.run("check", "--fail-on", "high", "--rules", SEED_RULE, model.toString());

        assertEquals(0, r.status(), r::toString);
        assertFalse(r.out().contains("count as failing"), r::toString);
    }

    @Test
    void jsonFollowsTheDesignFieldByField() {
        Cli.Result r = Cli.run("check", "--format", "json", "--rules", SEED_RULE, seed());

        assertEquals(1, r.status(), r::toString);
        Map<String, Object> report = Json.object(Json.parse(r.out()));
        assertEquals(List.of("violations", "summary"), List.copyOf(report.keySet()));
        List<Object> violations = Json.array(report.get("violations"));
        assertEquals(2, violations.size());

        Map<String, Object> a = Json.object(violations.get(0));
        assertEquals("healthy-targets:2", a.get("rule"));
        assertEquals("medium", a.get("severity"));
        assertEquals("fail", a.get("verdict"));
        assertEquals(Map.of("kind", "az", "id", "us-east-1a"), a.get("entity"));
        assertEquals("az us-east-1a does not satisfy healthy_targets >= 1", a.get("message"));
        assertEquals(Map.of("file", "network.yml", "line", 12L, "column", 3L), a.get("location"));
        assertEquals("0", Json.object(a.get("because")).get("healthy_targets"));
        assertEquals(List.of(Map.of("kind", "az", "id", "us-east-1a")), a.get("chain"));
        assertFalse(a.containsKey("reason"));

        Map<String, Object> b = Json.object(violations.get(1));
        assertEquals(Map.of("kind", "az", "id", "us-east-1b"), b.get("entity"));
        assertEquals(Map.of("resource", "arn:aws:ec2:us-east-1::availability-zone/us-east-1b"), b.get("location"));

        Map<String, Object> summary = Json.object(report.get("summary"));
        assertEquals(1L, summary.get("rules"));
        assertEquals(13L, summary.get("entities"));
        assertEquals(2L, summary.get("failed"));
        assertEquals(0L, summary.get("unknown"));
        assertEquals(0L, summary.get("passed"));
        assertEquals(0L, summary.get("suppressed"));
    }

    @Test
    void jsonReportsUnknownsWithTheirReason(@TempDir Path dir) {
        Path model = Fixtures.seedModel(dir, "{\"unknown\": \"parameter ServiceCount has no value\"}");

        Cli.Result r = Cli.run("check", "--format", "json", "--rules", SEED_RULE, model.toString());

        assertEquals(1, r.status(), r::toString);
        Map<String, Object> report = Json.object(Json.parse(r.out()));
        List<Object> violations = Json.array(report.get("violations"));
        assertEquals(2, violations.size());
        for (Object v : violations) {
            assertEquals("unknown", Json.object(v).get("verdict"));
            assertTrue(((String) Json.object(v).get("reason")).contains("parameter ServiceCount has no value"), v::toString);
            assertEquals(true, Json.object(v).get("counts"));
        }
        Map<String, Object> summary = Json.object(report.get("summary"));
        assertEquals(0L, summary.get("failed"));
        assertEquals(2L, summary.get("unknown"));
        assertEquals(2L, summary.get("counted"));

        Cli.Result allowed = Cli.run("check", "--format", "json", "--allow-unknown", "--rules", SEED_RULE, model.toString());
        assertEquals(0, allowed.status(), allowed::toString);
        Map<String, Object> allowedReport = Json.object(Json.parse(allowed.out()));
        assertEquals(false, Json.object(Json.array(allowedReport.get("violations")).get(0)).get("counts"));
        assertEquals(0L, Json.object(allowedReport.get("summary")).get("counted"));
    }

    @Test
    void jsonForSeveralInputsHasOneObjectPerInput(@TempDir Path dir) {
        String passing = Fixtures.seedModel(dir, "2").toString();

        Cli.Result r = Cli.run("check", "--format=json", "--rules", SEED_RULE, seed(), passing);

        assertEquals(1, r.status(), r::toString);
        List<Object> inputs = Json.array(Json.object(Json.parse(r.out())).get("inputs"));
        assertEquals(2, inputs.size());
        Map<String, Object> first = Json.object(inputs.get(0));
        Map<String, Object> second = Json.object(inputs.get(1));
        assertEquals(seed(), first.get("input"));
        assertEquals(2, Json.array(first.get("violations")).size());
        assertEquals(passing, second.get("input"));
        assertEquals(0, Json.array(second.get("violations")).size());
        assertEquals(1L, Json.object(second.get("summary")).get("passed"));
    }

    @Test
    void severalInputsGetOneTextSectionEach(@TempDir Path dir) {
        String passing = Fixtures.seedModel(dir, "2").toString();

        Cli.Result r = Cli.run("check", "--rules", SEED_RULE, passing, seed());

        assertEquals(1, r.status(), r::toString);
        int first = r.out().indexOf("== " + passing + " ==");
        int second = r.out().indexOf("== " + seed() + " ==");
        assertTrue(first >= 0 && second > first, r::toString);
        assertTrue(r.out().indexOf("fail az us-east-1a") > second, r::toString);
    }

    @Test
    void failOnDecidesWhichSeveritiesFailTheRun(@TempDir Path dir) {
        String seed = seed();
        assertEquals(0, Cli.run("check", "--fail-on", "high", "--rules", SEED_RULE, seed).status());
        assertEquals(1, Cli.run("check", "--fail-on", "medium", "--rules", SEED_RULE, seed).status());
        assertEquals(1, Cli.run("check", "--fail-on", "low", "--rules", SEED_RULE, seed).status());
        Path critical = Fixtures.write(dir.resolve("critical.invar"),
                "rule azs-have-targets {\n  severity critical\n  assert every az with alb_node has healthy_targets >= 1\n}\n");
        assertEquals(1, Cli.run("check", "--fail-on", "critical", "--rules", critical.toString(), seed).status());
        assertEquals(0, Cli.run("check", "--fail-on", "never", "--rules", critical.toString(), seed).status());
    }

    @Test
    void aFailureBelowTheThresholdIsStillReported() {
        Cli.Result r = Cli.run("check", "--fail-on", "high", "--rules", SEED_RULE, seed());

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("fail az us-east-1a"), r::toString);
    }

    @Test
    void paramsOverrideDeclaredParamsAndOthersAreLeftToAdapters(@TempDir Path dir) {
        Path rules = Fixtures.write(dir.resolve("param.invar"),
                "param min_healthy = 1\nevery az with alb_node has healthy_targets >= min_healthy\n");

        assertEquals(1, Cli.run("check", "--rules", rules.toString(), seed()).status());
        Cli.Result lowered = Cli.run("check", "--param", "min_healthy=0", "--rules", rules.toString(), seed());
        assertEquals(0, lowered.status(), lowered::toString);
        Cli.Result adapterOnly = Cli.run("check", "--param", "ServiceCount=2", "--rules", rules.toString(), seed());
        assertEquals(1, adapterOnly.status(), adapterOnly::toString);
        assertEquals("", adapterOnly.err(), adapterOnly::toString);
        Cli.Result badValue = Cli.run("check", "--param", "min_healthy=lots", "--rules", rules.toString(), seed());
        assertEquals(2, badValue.status(), badValue::toString);
        assertTrue(badValue.err().contains("min_healthy"), badValue::toString);
        Cli.Result noEquals = Cli.run("check", "--param", "min_healthy", "--rules", rules.toString(), seed());
        assertEquals(2, noEquals.status(), noEquals::toString);
    }

    @Test
    void outputWritesTheReportToAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.json");

        Cli.Result r = Cli.run("check", "--format", "json", "--output", file.toString(), "--rules", SEED_RULE, seed());

        assertEquals(1, r.status(), r::toString);
        assertEquals("", r.out());
        Map<String, Object> report = Json.object(Json.parse(Files.readString(file, StandardCharsets.UTF_8)));
        assertEquals(2L, Json.object(report.get("summary")).get("failed"));
    }

    @Test
    void colourOnATerminalButNotInAFile(@TempDir Path dir) throws IOException {
        Cli.Result plain = Cli.run("check", "--rules", SEED_RULE, seed());
        assertFalse(plain.out().contains("\u001b["), plain::toString);

        Cli.Result coloured = Cli.runColoured("check", "--rules", SEED_RULE, seed());
        assertTrue(coloured.out().contains("\u001b[31mFAIL\u001b[0m"), coloured::toString);

        Path file = dir.resolve("report.txt");
        Cli.Result toFile = Cli.runColoured("check", "--output", file.toString(), "--rules", SEED_RULE, seed());
        assertEquals(1, toFile.status(), toFile::toString);
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(written.contains("FAIL healthy-targets:2"), written);
        assertFalse(written.contains("\u001b["), written);
    }

    @Test
    void anOutputFileThatCannotBeWrittenExitsTwo(@TempDir Path dir) {
        Path file = dir.resolve("no/such/dir/report.txt");

        Cli.Result r = Cli.run("check", "--output", file.toString(), "--rules", SEED_RULE, seed());

        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().contains(file + ": error: cannot write the report"), r::toString);
    }

    @Test
    void readsTheModelFromStandardInput() {
        Cli.Result r = Cli.runWithStdin(Fixtures.text("seed/model.json"), "check", "--rules", SEED_RULE, "-");

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("fail az us-east-1b"), r::toString);
    }

    @Test
    void withoutRulesItSaysSoAndPrintsAnEmptyReport() {
        Cli.Result r = Cli.run("check", seed());

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.err().contains("no rules to run: pass --rules PATH"), r::toString);
        assertEquals("0 rules: 0 failed, 0 unknown, 0 passed, 0 skipped; 13 entities\n", r.out());
        Cli.Result json = Cli.run("check", "--no-stdlib", "--format", "json", seed());
        assertEquals(0, json.status(), json::toString);
        assertEquals(List.of(), Json.object(Json.parse(json.out())).get("violations"));
    }

    @Test
    void rulesThatDoNotCompileExitTwoBeforeAnyInputIsRead(@TempDir Path dir) {
        Path bad = Fixtures.write(dir.resolve("bad.invar"), "every az has helthy_targets >= 1\n");

        Cli.Result r = Cli.run("check", "--rules", bad.toString(), dir.resolve("missing.json").toString());

        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().contains(bad + ":1:14: error:"), r::toString);
        assertTrue(r.err().contains("healthy_targets"), r::toString);
        assertTrue(!r.err().contains("no such file"), "the rules' errors come first, alone: " + r);
        assertEquals("", r.out());
    }

    @Test
    void aMissingInputExitsTwoWithoutAStackTrace(@TempDir Path dir) {
        String missing = dir.resolve("missing.json").toString();

        Cli.Result r = Cli.run("check", "--rules", SEED_RULE, missing);

        assertEquals(2, r.status(), r::toString);
        assertEquals(missing + ": error: no such file or directory\n", r.err());
        Cli.Result debug = Cli.run("check", "--debug", "--rules", SEED_RULE, missing);
        assertEquals(2, debug.status(), debug::toString);
        assertTrue(debug.err().contains("\tat "), debug::toString);
    }

    @Test
    void anInputNoAdapterReadsExitsTwo(@TempDir Path dir) {
        Path text = Fixtures.write(dir.resolve("notes.txt"), "hello\n");

        Cli.Result r = Cli.run("check", "--rules", SEED_RULE, text.toString());

        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().startsWith(text + ": error: "), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
    }

    @Test
    void usageErrorsExitTwoWithAShortMessage() {
        Cli.Result unknown = Cli.run("check", "--bogus", "--rules", SEED_RULE, seed());
        assertUsageError(unknown, "Unknown option: '--bogus'");

        Cli.Result format = Cli.run("check", "--format", "xml", "--rules", SEED_RULE, seed());
        assertUsageError(format, "Invalid value for option '--format': expected one of text, json, sarif, junit but was 'xml'");

        Cli.Result failOn = Cli.run("check", "--fail-on", "sometimes", "--rules", SEED_RULE, seed());
        assertUsageError(failOn, "Invalid value for option '--fail-on'");

        Cli.Result noInput = Cli.run("check", "--rules", SEED_RULE);
        assertUsageError(noInput, "Missing required parameter: 'INPUT'");
    }

    @Test
    void baselineAndFormatOptionsAreCheckedToo(@TempDir Path dir) {
        assertUsageError(Cli.run("check", "--rules", SEED_RULE, seed(), "--baseline"),
                "Missing required parameter for option '--baseline'");
        assertUsageError(Cli.run("check", "--format", "SARIF", "--rules", SEED_RULE, seed()),
                "expected one of text, json, sarif, junit but was 'SARIF'");
        assertUsageError(Cli.run("check", "--merge=yes", "--rules", SEED_RULE, seed()), "--merge");

        Path unwritable = dir.resolve("no/such/dir/baseline.json");
        Cli.Result r = Cli.run("check", "--write-baseline", unwritable.toString(), "--rules", SEED_RULE, seed());
        assertEquals(2, r.status(), r::toString);
        assertEquals(unwritable + ": error: cannot write the baseline: no such file or directory\n", r.err());
        assertEquals("", r.out());
    }

    private static void assertUsageError(Cli.Result r, String message) {
        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().startsWith("invar check: "), r::toString);
        assertTrue(r.err().contains(message), r::toString);
        assertTrue(r.err().contains("Try 'invar check --help'"), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
        assertTrue(r.err().lines().count() <= 4, r::toString);
        assertEquals("", r.out());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void theStandardLibraryRunsByDefaultAndNoStdlibTurnsItOff() {
        Cli.Result with = Cli.runWithStdlib("check", "../examples/alb-one-task.yml");
        assertEquals(1, with.status(), with::toString);
        assertTrue(with.out().contains("FAIL alb-node-has-healthy-target (critical)"), with::toString);
        assertTrue(with.out().contains("38 rules:"), with::toString);

        Cli.Result without = Cli.runWithStdlib("check", "--no-stdlib", "../examples/alb-one-task.yml");
        assertEquals(0, without.status(), without::toString);
        assertTrue(without.err().contains("no rules to run: pass --rules PATH, or drop --no-stdlib"), without::toString);

        Cli.Result both = Cli.runWithStdlib("check", "--rules", "../examples/rules", "../examples/alb-one-task.yml");
        assertTrue(both.out().contains("40 rules:"), both::toString);
    }
}
