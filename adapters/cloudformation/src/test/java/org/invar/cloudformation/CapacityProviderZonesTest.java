package org.invar.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.invar.Invar;
import org.invar.RuleSet;
import org.invar.model.Model;
import org.invar.report.Report;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ECS services in bridge networking placed by a capacity provider (capacity/bridge-service.yml):
 * the service has no subnets, so its zones are those of the provider's Auto Scaling group. "Web"
 * names its strategy; "Worker" is placed by the cluster's default strategy, from the
 * ClusterCapacityProviderAssociations.
 */
class CapacityProviderZonesTest {
    private static final RuleSet RULE = Invar.compile("every az with alb_node has healthy_targets >= 1");

    @Test
    void theTemplateLinksServicesToTheGroupThroughTheProvider() {
        Model m = Models.load("capacity/bridge-service.yml");
        assertEquals(List.of("Instances"), Models.related(m, "capacity_provider", "Provider", "auto_scaling_group"));
        assertEquals(List.of("Provider"), Models.related(m, "auto_scaling_group", "Instances", "capacity_provider"));
        assertEquals(List.of("Provider"),
                Models.related(m, "capacity_provider_strategy", "Web/capacity_provider_strategy/1", "capacity_provider"));
        assertEquals(List.of("Associations/1"), Models.related(m, "ecs_cluster", "Cluster", "capacity_provider_strategy"));
    }

    @Test
    void bothServicesRunInTheGroupsZones() {
        Model m = Models.load("capacity/bridge-service.yml");
        for (String service : List.of("Web", "Worker")) {
            assertEquals(List.of("az-1", "az-2"), Models.related(m, "ecs_service", service, "az"));
            assertEquals(2L, Models.plain(m, "ecs_service", service, "az_count"));
        }
    }

    @Test
    void oneTaskFailsBothZonesTwoPass() {
        Report one = RULE.evaluate(Models.load("capacity/bridge-service.yml"));
        assertEquals(List.of("az-1", "az-2"), one.violations().stream().map(f -> f.entity().id()).toList());
        Report two = RULE.evaluate(Models.load("capacity/bridge-service.yml", Map.of("TaskCount", "2")));
        assertEquals(Verdict.PASS, two.results().get(0).verdict(), () -> two.unknowns().toString());
    }

    @Test
    void aProviderOverAGroupOutsideTheTemplateLeavesTheZonesUnknownNamingTheGroup(@TempDir Path dir) {
        String template = """
                Parameters:
                  GroupArn: {Type: String}
                Resources:
                  Provider:
                    Type: AWS::ECS::CapacityProvider
                    Properties:
                      AutoScalingGroupProvider: {AutoScalingGroupArn: !Ref GroupArn}
                  Web:
                    Type: AWS::ECS::Service
                    Properties:
                      DesiredCount: 1
                      CapacityProviderStrategy: [{CapacityProvider: !Ref Provider, Weight: 1}]
                """;
        Model m = Models.inline(dir, "outside.yml", template, Map.of(), null);
        Object azCount = Models.plain(m, "ecs_service", "Web", "az_count");
        assertTrue(String.valueOf(azCount).startsWith("unknown: auto_scaling_group GroupArn: subnet is unknown"),
                String.valueOf(azCount));
    }
}
