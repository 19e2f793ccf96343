package org.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit report, parsed back with the JDK's DOM parser. */
class JunitReportTest {

    @Test
    void aSuiteForTheInputACaseForEachRuleAFailureForEachViolation() {
        Cli.Result r = Cli.run("check", "--format", "junit", "--rules", Scenarios.RULES, Scenarios.TEMPLATE);
        Document xml = JunitXml.parse(r.out());

        Element root = xml.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("5", root.getAttribute("tests"));
        assertEquals("2", root.getAttribute("failures"));
        assertEquals("1", root.getAttribute("skipped"));
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertEquals(1, suites.getLength());
        Element suite = (Element) suites.item(0);
        assertEquals(Scenarios.TEMPLATE, suite.getAttribute("name"));
        assertEquals(5, suite.getElementsByTagName("testcase").getLength());

        Element azs = JunitXml.testCase(xml, "availability:5");
        assertEquals("src/test/resources/rules/availability.invar", azs.getAttribute("classname"));
        NodeList failures = azs.getElementsByTagName("failure");
        assertEquals(2, failures.getLength());
        Element first = (Element) failures.item(0);
        assertEquals("az az-1 does not satisfy healthy_targets >= 1", first.getAttribute("message"));
        assertEquals("medium", first.getAttribute("type"));

        Element service = (Element) JunitXml.testCase(xml, "ecs-service-covers-its-azs")
                .getElementsByTagName("failure").item(0);
        assertEquals("high", service.getAttribute("type"));
        assertEquals("ecs_service Service at ../examples/alb-one-task.yml:135:3\nweb runs 1 task(s) over 2 AZs\n"
                + "because: load_balancer = [LoadBalancer], desired_count = 1, count(distinct subnet.az) = 2",
                service.getTextContent());

        Element skipped = JunitXml.testCase(xml, "cluster-spans-three-azs");
        assertEquals("nothing in scope",
                ((Element) skipped.getElementsByTagName("skipped").item(0)).getAttribute("message"));
        assertEquals(0, JunitXml.testCase(xml, "internet-facing-alb-in-public-subnets").getChildNodes().getLength());
    }

    @Test
    void unknownsThatCountAreFailuresWithTheirReason(@TempDir Path dir) {
        Cli.Result r = Cli.run("check", "--format", "junit", "--rules", Scenarios.SEED_RULE,
                Scenarios.unknownSeed(dir).toString());
        Document xml = JunitXml.parse(r.out());

        assertEquals(1, r.status(), r::toString);
        assertEquals(0, xml.getElementsByTagName("error").getLength());
        assertEquals(2, xml.getElementsByTagName("failure").getLength());
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertEquals("medium", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().contains("\nreason: ") && failure.getTextContent()
                .contains("parameter ServiceCount has no value"), failure::getTextContent);
    }

    @Test
    void allowedUnknownsAreOutputNotErrors(@TempDir Path dir) {
        Cli.Result r = Cli.run("check", "--format", "junit", "--allow-unknown", "--rules", Scenarios.SEED_RULE,
                Scenarios.unknownSeed(dir).toString());
        Document xml = JunitXml.parse(r.out());

        assertEquals(0, r.status(), r::toString);
        assertEquals("0", xml.getDocumentElement().getAttribute("errors"));
        assertEquals(0, xml.getElementsByTagName("error").getLength());
        assertEquals(0, xml.getElementsByTagName("failure").getLength());
        String out = xml.getElementsByTagName("system-out").item(0).getTextContent();
        assertTrue(out.startsWith("unknown: az us-east-1a: "), out);
        assertTrue(out.contains("parameter ServiceCount has no value"), out);
    }

    @Test
    void severalInputsAreSeveralSuites(@TempDir Path dir) {
        String passing = Fixtures.seedModel(dir, "2").toString();

        Document xml = JunitXml.parse(Cli.run("check", "--format", "junit", "--rules", Scenarios.SEED_RULE,
                Fixtures.seedModel().toString(), passing).out());

        NodeList suites = xml.getElementsByTagName("testsuite");
        assertEquals(2, suites.getLength());
        assertEquals("1", ((Element) suites.item(0)).getAttribute("failures"));
        assertEquals("0", ((Element) suites.item(1)).getAttribute("failures"));
        assertEquals(passing, ((Element) suites.item(1)).getAttribute("name"));
        assertEquals("1", xml.getDocumentElement().getAttribute("failures"));
        assertEquals("2", xml.getDocumentElement().getAttribute("tests"));
    }

    @Test
    void markupInMessagesSurvivesTheRoundTrip(@TempDir Path dir) {
        Path rules = Fixtures.write(dir.resolve("markup.invar"), "rule markup {\n"
                + "  message \"zone {name} has < 1 target & no <node>\"\n"
                + "  assert every az with alb_node has healthy_targets >= 1\n}\n");

        Document xml = JunitXml.parse(Cli.run("check", "--format", "junit", "--rules", rules.toString(),
                Fixtures.seedModel().toString()).out());

        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertEquals("zone us-east-1a has < 1 target & no <node>", failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("\nzone us-east-1a has < 1 target & no <node>\n"),
                failure::getTextContent);
    }
}
