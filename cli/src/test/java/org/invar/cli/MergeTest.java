package org.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code --merge}: the example split into a network template and a service template that names the
 * network's subnets and target group by their ids. Merged, they are the example again.
 */
class MergeTest {
    private static final String NETWORK = Fixtures.resource("merge/network.yml").toString();
    private static final String SERVICE = Fixtures.resource("merge/service.yml").toString();

    private static List<Object> violations(Cli.Result r) {
        return Json.array(Json.object(Json.parse(r.out())).get("violations"));
    }

    @Test
    void mergedTheyFailAsTheWholeTemplateDoes() {
        Cli.Result merged = Cli.run("check", "--merge", "--format", "json", "--rules", Scenarios.RULES, NETWORK, SERVICE);
        Cli.Result whole = Cli.run("check", "--format", "json", "--rules", Scenarios.RULES, Scenarios.TEMPLATE);

        assertEquals(1, merged.status(), merged::toString);
        List<Object> found = violations(merged);
        assertEquals(violations(whole).stream().map(v -> List.of(Json.object(v).get("rule"), Json.object(v).get("entity")))
                .toList(), found.stream().map(v -> List.of(Json.object(v).get("rule"), Json.object(v).get("entity")))
                .toList());
        Map<String, Object> service = Json.object(found.get(2));
        assertEquals(SERVICE, Json.object(service.get("location")).get("file"));
        assertEquals(21L, Json.object(Json.object(Json.parse(merged.out())).get("summary")).get("entities"));
    }

    @Test
    void theMergedInputIsOneSectionNamedAfterAllItsFiles() {
        Cli.Result r = Cli.run("check", "--merge", "--rules", Scenarios.RULES, NETWORK, SERVICE);

        assertTrue(r.out().endsWith("5 rules: 2 failed, 0 unknown, 2 passed, 1 skipped; 21 entities\n"), r::toString);
        assertTrue(!r.out().contains("== "), r::toString);
        Cli.Result junit = Cli.run("check", "--merge", "--format", "junit", "--rules", Scenarios.RULES, NETWORK, SERVICE);
        assertEquals(NETWORK + ", " + SERVICE, JunitXml.parse(junit.out()).getElementsByTagName("testsuite").item(0)
                .getAttributes().getNamedItem("name").getNodeValue());
    }

    @Test
    void withoutMergeTheServiceAloneCannotBeJudged() {
        Cli.Result r = Cli.run("check", "--format", "json", "--rules", Scenarios.RULES, SERVICE);

        assertEquals(0, r.status(), r::toString);
        assertEquals(List.of(), violations(r).stream().filter(v -> Json.object(v).get("verdict").equals("fail")).toList());
    }

    @Test
    void theOrderOfTheInputsChangesNothing() {
        // The service names the network's subnets as stand-ins; given first, its stand-ins must not
        // leave unknowns on the subnets the network then describes.
        Cli.Result networkFirst = Cli.run("check", "--merge", "--format", "json", "--rules", Scenarios.RULES,
                NETWORK, SERVICE);
        Cli.Result serviceFirst = Cli.run("check", "--merge", "--format", "json", "--rules", Scenarios.RULES,
                SERVICE, NETWORK);

        assertEquals(networkFirst.status(), serviceFirst.status(), serviceFirst::toString);
        assertEquals(Json.object(Json.parse(networkFirst.out())).get("summary"),
                Json.object(Json.parse(serviceFirst.out())).get("summary"));
        assertEquals(verdicts(networkFirst), verdicts(serviceFirst));
        assertTrue(verdicts(networkFirst).stream().anyMatch(v -> v.contains("fail")), networkFirst::toString);
    }

    /** Each violation as rule, verdict and entity, sorted: the report's order follows the inputs. */
    private static List<String> verdicts(Cli.Result r) {
        return violations(r).stream().map(v -> List.of(Json.object(v).get("rule"), Json.object(v).get("verdict"),
                Json.object(v).get("entity")).toString()).sorted().toList();
    }

    @Test
    void twoInputsDescribingOneIdAreAnErrorNotAnOverwrite() {
        Cli.Result r = Cli.run("check", "--merge", "--rules", Scenarios.RULES, NETWORK, Scenarios.TEMPLATE);

        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().startsWith(Scenarios.TEMPLATE + ": error: "), r::toString);
        assertTrue(r.err().contains("is described twice, at " + NETWORK + ":"), r::toString);
        assertTrue(r.err().contains("(rename one, or check the inputs apart)"), r::toString);
    }

    @Test
    void aMissingInputIsAUsageError() {
        Cli.Result r = Cli.run("check", "--merge", "--rules", Scenarios.RULES, NETWORK, "nowhere.yml");

        assertEquals(2, r.status(), r::toString);
        assertEquals("nowhere.yml: error: no such file or directory\n", r.err());
    }
}
