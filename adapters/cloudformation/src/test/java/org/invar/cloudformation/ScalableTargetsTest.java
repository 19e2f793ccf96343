package org.invar.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.invar.model.Model;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelInput;
import org.invar.spi.ModelSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Application Auto Scaling target of an ECS service's desired count: its MinCapacity is the
 * service's {@code min_capacity}, found from the target's ResourceId; what cannot be told is
 * unknown with the reason, and a target that names no service of the template is noted.
 */
class ScalableTargetsTest {
    @TempDir
    Path dir;

    private static String template(String resourceId, String minCapacity, String extra) {
        return String.join("\n",
                "Parameters:",
                "  Min: {Type: Number}",
                "  Target: {Type: String}",
                "  Scaled: {Type: String}",
                "Conditions:",
                "  IsScaled: !Equals [!Ref Scaled, 'yes']",
                "Resources:",
                "  Cluster: {Type: AWS::ECS::Cluster}",
                "  Service:",
                "    Type: AWS::ECS::Service",
                "    Properties: {Cluster: !Ref Cluster, DesiredCount: 3}",
                "  Other:",
                "    Type: AWS::ECS::Service",
                "    Properties: {Cluster: !Ref Cluster, ServiceName: other, DesiredCount: 2}",
                "  ScalableTarget:",
                "    Type: AWS::ApplicationAutoScaling::ScalableTarget",
                extra,
                "    Properties:",
                "      ServiceNamespace: ecs",
                "      ScalableDimension: ecs:service:DesiredCount",
                "      MinCapacity: " + minCapacity,
                "      MaxCapacity: 6",
                "      ResourceId: " + resourceId,
                "");
    }

    private Model load(String resourceId, String minCapacity) {
        return load(resourceId, minCapacity, "");
    }

    private Model load(String resourceId, String minCapacity, String extra) {
        return Models.inline(dir, "t.yml", template(resourceId, minCapacity, extra), Map.of(), null);
    }

    @Test
    void aJoinOfTheClusterAndTheServiceNameScalesThatService() {
        Model m = load("!Join ['', [service/, !Ref Cluster, /, !GetAtt Service.Name]]", "1");
        assertEquals(1L, Models.plain(m, "ecs_service", "Service", "min_capacity"));
        assertEquals(3L, Models.plain(m, "ecs_service", "Service", "desired_count"));
        assertNull(Models.plain(m, "ecs_service", "Other", "min_capacity"));
    }

    @Test
    void aSubOfTheServiceNameScalesThatService() {
        Model m = load("!Sub 'service/${Cluster}/${Service.Name}'", "2");
        assertEquals(2L, Models.plain(m, "ecs_service", "Service", "min_capacity"));
    }

    @Test
    void aLiteralNameScalesTheServiceOfThatName() {
        Model m = load("service/default/other", "1");
        assertEquals(1L, Models.plain(m, "ecs_service", "Other", "min_capacity"));
        assertNull(Models.plain(m, "ecs_service", "Service", "min_capacity"));
    }

    @Test
    void aMinCapacityNotKnownIsUnknown() {
        Model m = load("!Join ['', [service/, !Ref Cluster, /, !GetAtt Service.Name]]", "!Ref Min");
        assertEquals("unknown: parameter Min has no value", Models.plain(m, "ecs_service", "Service", "min_capacity"));
    }

    @Test
    void aResourceIdNotKnownMayScaleAnyService() {
        Model m = load("!Ref Target", "1");
        String why = "unknown: scalable target ScalableTarget may scale it: its ResourceId is not known (parameter"
                + " Target has no value)";
        assertEquals(why, Models.plain(m, "ecs_service", "Service", "min_capacity"));
        assertEquals(why, Models.plain(m, "ecs_service", "Other", "min_capacity"));
    }

    @Test
    void aNameThatMayBeAServicesMayScaleIt() {
        Model m = load("service/default/web", "1");
        assertEquals("unknown: scalable target ScalableTarget may scale it: its ResourceId names the service web,"
                + " and this service's name is not known before deploy",
                Models.plain(m, "ecs_service", "Service", "min_capacity"));
        assertNull(Models.plain(m, "ecs_service", "Other", "min_capacity"));
    }

    @Test
    void aTargetThatMayNotExistLeavesTheMinimumUnknown() {
        Model m = load("!Sub 'service/${Cluster}/${Service.Name}'", "1", "    Condition: IsScaled");
        assertEquals("unknown: scalable target ScalableTarget may not exist: condition IsScaled cannot be decided:"
                + " parameter Scaled has no value", Models.plain(m, "ecs_service", "Service", "min_capacity"));
    }

    @Test
    void aTargetOfNoServiceOfTheTemplateIsNoted() throws Exception {
        Path t = Models.write(dir, "t.yml", template("service/default/elsewhere", "1", "")
                .replace("{Cluster: !Ref Cluster, DesiredCount: 3}", "{Cluster: !Ref Cluster, ServiceName: web, DesiredCount: 3}"));
        Model m = ModelSources.load(ModelInput.of(t.toString()), LoadOptions.DEFAULT);
        assertNull(Models.plain(m, "ecs_service", "Other", "min_capacity"));
        assertEquals(List.of(t + ": scalable target ScalableTarget (" + t + ":15:3) scales 'service/default/elsewhere',"
                + " no ECS service of this template, so no service's min_capacity comes from it"), m.notes());
        // A service whose name is not known may be the one it names.
        Model unnamed = Models.inline(dir, "u.yml", template("service/default/elsewhere", "1", ""), Map.of(), null);
        assertTrue(Models.plain(unnamed, "ecs_service", "Service", "min_capacity").toString().contains("may scale it"));
    }

    @Test
    void anotherNamespaceIsNotAnEcsService() {
        Model m = Models.inline(dir, "t.yml", template("table/Orders", "1", "")
                .replace("ServiceNamespace: ecs", "ServiceNamespace: dynamodb")
                .replace("ecs:service:DesiredCount", "dynamodb:table:ReadCapacityUnits"), Map.of(), null);
        assertNull(Models.plain(m, "ecs_service", "Service", "min_capacity"));
    }
}
