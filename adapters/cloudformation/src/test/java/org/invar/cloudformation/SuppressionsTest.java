package org.invar.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.invar.Invar;
import org.invar.model.EntityTable;
import org.invar.model.Model;
import org.invar.model.Suppression;
import org.invar.report.Finding;
import org.invar.report.Report;
import org.invar.spi.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resource's Metadata {invar: {suppress: [{rule, reason}]}} suppresses rules for the entities mapped from it. */
class SuppressionsTest {
    @TempDir
    Path dir;

    private static final String SERVICE = """
            Resources:
              Cluster:
                Type: AWS::ECS::Cluster
              Service:
                Type: AWS::ECS::Service
                Metadata:
                  invar:
                    suppress:
            %s
                Properties:
                  Cluster: !Ref Cluster
                  DesiredCount: 1
                  PlacementStrategies:
                    - Type: spread
                      Field: attribute:ecs.availability-zone
            """;

    private Model load(String suppressions) {
        return Models.inline(dir, "stack.yml", SERVICE.formatted(suppressions.indent(10).stripTrailing()), Map.of(), null);
    }

    private static List<Suppression> suppressions(Model m, String kind, String id) {
        EntityTable t = m.table(kind);
        return t.suppressions(t.find(id).orElseThrow());
    }

    @Test
    void theResourceAndItsPartsCarryTheSuppressions() {
        Model m = load("- rule: one-task-is-too-few\n  reason: a batch worker\n- rule: other\n  reason: not here\n");

        List<Suppression> expected = List.of(new Suppression("one-task-is-too-few", "a batch worker"),
                new Suppression("other", "not here"));
        assertEquals(expected, suppressions(m, "ecs_service", "Service"));
        assertEquals(expected, suppressions(m, "placement_strategy", "Service/placement_strategy/1"));
        assertEquals(List.of(), suppressions(m, "ecs_cluster", "Cluster"));
    }

    @Test
    void aSuppressedFindingIsMarkedWithItsReason() {
        Model m = load("- rule: one-task-is-too-few\n  reason: a batch worker\n");
        Report report = Invar.compile("rule one-task-is-too-few { assert every ecs_service has desired_count >= 2 }\n"
                + "rule also-two { assert every ecs_service has desired_count >= 2 }\n").evaluate(m);

        Finding suppressed = report.result("one-task-is-too-few").findings().get(0);
        assertEquals("a batch worker", suppressed.suppressed().orElseThrow());
        assertTrue(report.result("also-two").findings().get(0).suppressed().isEmpty());
    }

    @Test
    void aSuppressionWithoutAReasonIsAnErrorAtItsPosition() {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> load("- rule: one-task-is-too-few\n"));

        String file = dir.resolve("stack.yml").toString();
        assertTrue(e.getMessage().startsWith(file + ":9:13: error: the suppression of rule one-task-is-too-few on "
                + "resource Service has no reason: a reason is required"), e.getMessage());
    }

    @Test
    void anEmptyReasonIsNoReason() {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> load("- rule: one-task-is-too-few\n  reason: ''\n"));

        assertTrue(e.getMessage().contains("stack.yml:10:21: error: the suppression of rule one-task-is-too-few"),
                e.getMessage());
    }

    @Test
    void otherShapesAreErrorsThatSayWhatIsExpected() {
        assertTrue(assertThrows(ModelLoadException.class, () -> load("- reason: why\n")).getMessage()
                .contains("names no rule"));
        assertTrue(assertThrows(ModelLoadException.class, () -> load("- rule: x\n  reason: y\n  until: 2030\n"))
                .getMessage().contains("unknown key 'until'"));
        assertTrue(assertThrows(ModelLoadException.class, () -> load("- rule: !Ref X\n  reason: y\n"))
                .getMessage().contains("must be plain text"));
        assertTrue(assertThrows(ModelLoadException.class, () -> load("- just-a-rule-id\n"))
                .getMessage().contains("must be a mapping {rule: ID, reason: TEXT}"));
    }

    @Test
    void otherMetadataIsLeftAlone() {
        Model m = Models.inline(dir, "other.yml", """
                Resources:
                  Bucket:
                    Type: AWS::S3::Bucket
                    Metadata:
                      cfn-lint: {config: {ignore_checks: [W3005]}}
                """, Map.of(), null);

        assertEquals(List.of(), suppressions(m, "bucket", "Bucket"));
    }
}
