package org.invar.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.Invar;
import org.invar.RuleSet;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.report.Report;
import org.invar.report.Verdict;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelLoadException;
import org.junit.jupiter.api.Test;

/**
 * stackname/cluster.yml exports {@code ${AWS::StackName}:PublicListener} (and its subnets);
 * stackname/service.yml imports {@code ${StackName}:PublicListener} with its parameter
 * StackName at {@code production}, and runs two tasks over the two zones. Merged, in either
 * order, the import is the cluster's listener: without a stack name because it is the one export
 * that fits, with the stack name {@code production} exactly, and with another name it is no
 * export at all, so the zones' targets are unknown, never zero.
 */
class StackNameExportsTest {
    private static final Path CLUSTER = Models.resource("stackname/cluster.yml");
    private static final Path SERVICE = Models.resource("stackname/service.yml");
    private static final RuleSet ZONES = Invar.compile("every az with alb_node has healthy_targets >= 1");

    /** The templates merged, each given its stack name when there is one (null: none). */
    private static Model merged(Map<Path, String> stackNames) {
        ModelBuilder merged = Model.builder();
        stackNames.forEach((template, name) -> {
            ModelBuilder own = Model.builder();
            CloudFormation.fill(template, own, Models.options(name == null ? Map.of() : Map.of("AWS::StackName", name),
                    null));
            merged.merge(own);
        });
        return merged.build();
    }

    private static Map<Path, String> inOrder(Path first, String firstName, Path second, String secondName) {
        Map<Path, String> m = new LinkedHashMap<>();
        m.put(first, firstName);
        m.put(second, secondName);
        return m;
    }

    private static List<Model> bothOrders(String clusterName) {
        return List.of(merged(inOrder(CLUSTER, clusterName, SERVICE, null)),
                merged(inOrder(SERVICE, null, CLUSTER, clusterName)));
    }

    @Test
    void withoutAStackNameTheOneExportThatFitsIsTheImport() {
        for (Model m : bothOrders(null)) {
            assertTrue(!Models.has(m, "listener", "import:production:PublicListener"), "the stand-in is gone");
            assertEquals(List.of("DummyTargetGroup", "TargetGroup"), Models.related(m, "listener", "PublicListener",
                    "target_group"));
            assertEquals(List.of("SubnetOne", "SubnetTwo"), Models.related(m, "ecs_service", "Service", "subnet"));
            assertEquals(List.of("Cluster"), Models.related(m, "ecs_service", "Service", "ecs_cluster"));
            assertEquals(List.of(CLUSTER + ": AWS::StackName taken to be 'production', under which it gives "
                    + "import:production:ClusterName, import:production:PublicListener, import:production:SubnetOne, "
                    + "import:production:SubnetTwo (each fits no other name given)"), m.notes());
            Report report = ZONES.evaluate(m);
            assertEquals(Verdict.PASS, report.results().get(0).verdict(), report.results()::toString);
            assertEquals(2, report.results().get(0).passed());
        }
    }

    @Test
    void theStackNameTheImportsUseMatchesExactly() {
        for (Model m : bothOrders("production")) {
            assertEquals(List.of("DummyTargetGroup", "TargetGroup"), Models.related(m, "listener", "PublicListener",
                    "target_group"));
            assertEquals(List.of(), m.notes());
            assertEquals(Verdict.PASS, ZONES.evaluate(m).results().get(0).verdict());
        }
    }

    @Test
    void aStackNameNoImportUsesLeavesTheImportsUnknownNeverZero() {
        for (Model m : bothOrders("staging")) {
            assertTrue(Models.has(m, "listener", "import:production:PublicListener"));
            assertTrue(m.notes().contains(SERVICE + ": Fn::ImportValue production:PublicListener is no listener that"
                    + " a merged input exports: it stays a stand-in, and what depends on it is unknown"),
                    m.notes()::toString);
            Report report = ZONES.evaluate(m);
            assertEquals(Verdict.UNKNOWN, report.results().get(0).verdict(), report.results()::toString);
            String reason = report.unknowns().get(0).reason().orElseThrow();
            assertTrue(reason.contains("listener import:production:PublicListener: load_balancer is unknown"
                    + " (Fn::ImportValue production:PublicListener is resolved at deploy time)"), reason);
        }
    }

    @Test
    void aNameCloudFormationWouldRefuseIsAnError() {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> CloudFormation.load(CLUSTER,
                Models.options(Map.of("AWS::StackName", "my_stack"), null)));
        assertEquals(CLUSTER + ": error: 'my_stack' is not a stack name CloudFormation accepts (AWS::StackName): a"
                + " letter, then letters, digits and hyphens, 128 characters at most", e.getMessage());
    }

    @Test
    void aGivenStackNameIsTheValueOfTheStackNameEverywhere(@org.junit.jupiter.api.io.TempDir Path dir) {
        Model m = Models.inline(dir, "named.yml", String.join("\n",
                "Resources:",
                "  Cluster: {Type: AWS::ECS::Cluster, Properties: {ClusterName: !Sub '${AWS::StackName}-ecs'}}",
                ""), Map.of("AWS::StackName", "prod"), null);
        assertEquals("prod-ecs", Models.plain(m, "ecs_cluster", "Cluster", "name"));
        Model unnamed = Models.inline(dir, "named.yml", String.join("\n",
                "Resources:",
                "  Cluster: {Type: AWS::ECS::Cluster, Properties: {ClusterName: !Sub '${AWS::StackName}-ecs'}}",
                ""), Map.of(), null);
        assertEquals("unknown: AWS::StackName is known only at deploy time (give it, e.g. --stack-name)",
                Models.plain(unnamed, "ecs_cluster", "Cluster", "name"));
    }

    @Test
    void oneNameAfterTheStackGivenTwiceInOneTemplateIsALocatedError(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path t = Models.write(dir, "dup.yml", String.join("\n",
                "Resources:",
                "  A: {Type: AWS::EC2::Subnet, Properties: {CidrBlock: 10.0.1.0/24}}",
                "  B: {Type: AWS::EC2::Subnet, Properties: {CidrBlock: 10.0.2.0/24}}",
                "Outputs:",
                "  One: {Value: !Ref A, Export: {Name: !Sub '${AWS::StackName}-subnet'}}",
                "  Two: {Value: !Ref B, Export: {Name: !Join ['-', [!Ref AWS::StackName, subnet]]}}",
                ""));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> CloudFormation.load(t, LoadOptions.DEFAULT));
        assertEquals(t + ":6:3: error: export name '${AWS::StackName}-subnet' is given by output One at " + t
                + ":5:3 already; export names are unique in a region: rename one", e.getMessage());
    }
}
