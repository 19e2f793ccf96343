package org.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The stack names of merged templates: stackname/cluster.yml exports names made of its
 * {@code AWS::StackName}; stackname/service.yml imports them under its parameter StackName,
 * {@code production}, and runs two tasks over two zones behind the cluster's load balancer.
 */
class StackNameTest {
    private static final String CLUSTER = Fixtures.resource("stackname/cluster.yml").toString();
    private static final String SERVICE = Fixtures.resource("stackname/service.yml").toString();

    private static Cli.Result check(String... args) {
        String[] all = new String[args.length + 6];
        System.arraycopy(new String[] {"check", "--merge", "--format", "json", "--rules", Scenarios.SEED_RULE}, 0,
                all, 0, 6);
        System.arraycopy(args, 0, all, 6, args.length);
        return Cli.run(all);
    }

    private static Map<String, Object> summary(Cli.Result r) {
        return Json.object(Json.object(Json.parse(r.out())).get("summary"));
    }

    private static List<String> verdicts(Cli.Result r) {
        return Json.array(Json.object(Json.parse(r.out())).get("violations")).stream()
                .map(v -> Json.object(v).get("verdict") + " " + Json.object(Json.object(v).get("entity")).get("id"))
                .sorted().toList();
    }

    @Test
    void withoutStackNamesTheOnlyExportThatFitsIsTakenInEitherOrder() {
        for (List<String> inputs : List.of(List.of(CLUSTER, SERVICE), List.of(SERVICE, CLUSTER))) {
            Cli.Result r = check(inputs.toArray(String[]::new));
            assertEquals(0, r.status(), r::toString);
            assertEquals(1L, summary(r).get("passed"), r::toString);
            assertTrue(r.err().contains("note: " + CLUSTER + ": AWS::StackName taken to be 'production', under which"
                    + " it gives import:production:ClusterName, import:production:PublicListener,"), r::toString);
        }
    }

    @Test
    void aStackNamePerInputNamesThatInputInEitherOrder() {
        for (List<String> inputs : List.of(List.of(CLUSTER, SERVICE), List.of(SERVICE, CLUSTER))) {
            Cli.Result r = check("--stack-name", CLUSTER + "=production", inputs.get(0), inputs.get(1));
            assertEquals(0, r.status(), r::toString);
            assertEquals(1L, summary(r).get("passed"), r::toString);
            assertTrue(!r.err().contains("taken to be"), r::toString);
        }
    }

    @Test
    void aStackNameNoImportUsesLeavesTheZonesUnknownNotFailed() {
        for (List<String> inputs : List.of(List.of(CLUSTER, SERVICE), List.of(SERVICE, CLUSTER))) {
            Cli.Result r = check("--param", "AWS::StackName=staging", inputs.get(0), inputs.get(1));
            assertEquals(1, r.status(), "unknown verdicts count by default: " + r);
            assertEquals(0, check("--allow-unknown", "--param", "AWS::StackName=staging", inputs.get(0),
                    inputs.get(1)).status(), r::toString);
            // The cluster's zones, and the zones of the imported subnets, which may be those.
            assertEquals(List.of("unknown az-1", "unknown az-2", "unknown zone of import:production:SubnetOne",
                    "unknown zone of import:production:SubnetTwo"), verdicts(r), r::toString);
            assertTrue(r.err().contains("note: " + SERVICE + ": Fn::ImportValue production:PublicListener is no"
                    + " listener that a merged input exports"), r::toString);
        }
    }

    @Test
    void aStackNameOverridesTheParamForItsInput() {
        Cli.Result r = check("--param", "AWS::StackName=staging", "--stack-name", CLUSTER + "=production",
                SERVICE, CLUSTER);
        assertEquals(0, r.status(), r::toString);
        assertEquals(1L, summary(r).get("passed"), r::toString);
    }

    @Test
    void aStackNameForNoInputIsAUsageError() {
        Cli.Result r = check("--stack-name", "elsewhere.yml=production", CLUSTER, SERVICE);
        assertEquals(2, r.status(), r::toString);
        assertEquals("--stack-name elsewhere.yml=production names no INPUT; the inputs are " + CLUSTER + ", "
                + SERVICE + "\n", r.err());
    }

    @Test
    void aStackNameCloudFormationRefusesIsAnInputError() {
        Cli.Result r = check("--stack-name", CLUSTER + "=my_stack", CLUSTER, SERVICE);
        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().startsWith(CLUSTER + ": error: 'my_stack' is not a stack name CloudFormation accepts"),
                r::toString);
    }

    @Test
    void theMergedModelIsOneDocument() {
        Cli.Result r = Cli.run("model", "--merge", SERVICE, CLUSTER);
        assertEquals(0, r.status(), r::toString);
        String out = r.out();
        assertEquals(1, out.split("\"invar_model\"", -1).length - 1, out);
        assertTrue(!out.contains("import:production:PublicListener"), out);
    }
}
