package org.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A template's Metadata suppresses ecs-service-covers-its-azs (high) on its Service: the violation
 * is listed as suppressed in every format, with the reason, and no longer fails the run.
 */
class SuppressionTest {
    private static final String REASON = "a canary; one task is enough while it is tried out";
    private static final String TEMPLATE = Scenarios.suppressedTemplate().toString();

    private static Cli.Result check(String format) {
        return Cli.run("check", "--fail-on", "high", "--format", format, "--rules", Scenarios.RULES, TEMPLATE);
    }

    @Test
    void aSuppressedViolationDoesNotFailTheRunButTheSameUnsuppressedOneDoes() {
        assertEquals(0, check("text").status());
        assertEquals(1, Cli.run("check", "--fail-on", "high", "--rules", Scenarios.RULES, Scenarios.TEMPLATE).status());
    }

    @Test
    void textHasASuppressedLine() {
        String out = check("text").out();

        assertTrue(out.contains("  fail ecs_service Service  at " + TEMPLATE + ":136:3\n    web runs 1 task(s) over 2 AZs\n"),
                out);
        assertTrue(out.contains("\n    suppressed: " + REASON + "\n"), out);
        assertTrue(out.contains("; 21 entities; 1 finding suppressed\n"), out);
    }

    @Test
    void jsonHasTheReason() {
        Map<String, Object> report = Json.object(Json.parse(check("json").out()));

        Map<String, Object> service = Json.array(report.get("violations")).stream().map(Json::object)
                .filter(v -> v.get("rule").equals("ecs-service-covers-its-azs")).findFirst().orElseThrow();
        assertEquals(Map.of("reason", REASON), service.get("suppressed"));
        Map<String, Object> summary = Json.object(report.get("summary"));
        assertEquals(1L, summary.get("suppressed"));
        assertEquals(2L, summary.get("failed"), "the two zones still fail");
    }

    @Test
    void sarifHasAnInSourceSuppression() {
        Map<String, Object> sarif = Json.object(Json.parse(check("sarif").out()));

        List<Object> results = Json.array(Json.object(Json.array(sarif.get("runs")).get(0)).get("results"));
        Map<String, Object> service = results.stream().map(Json::object)
                .filter(r -> r.get("ruleId").equals("ecs-service-covers-its-azs")).findFirst().orElseThrow();
        assertEquals(List.of(Map.of("kind", "inSource", "justification", REASON)), service.get("suppressions"));
        long unsuppressed = results.stream().map(Json::object).filter(r -> !r.containsKey("suppressions")).count();
        assertEquals(2, unsuppressed);
    }

    @Test
    void junitListsItAsOutputNotAsAFailure() {
        Document xml = JunitXml.parse(check("junit").out());

        Element testCase = JunitXml.testCase(xml, "ecs-service-covers-its-azs");
        assertEquals(0, testCase.getElementsByTagName("failure").getLength());
        assertEquals("suppressed: ecs_service Service: " + REASON,
                testCase.getElementsByTagName("system-out").item(0).getTextContent());
    }
}
