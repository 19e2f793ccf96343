package org.invar.derive;

import static org.invar.derive.Infra.AZ_A;
import static org.invar.derive.Infra.AZ_B;
import static org.invar.derive.Infra.AZ_C;
import static org.invar.derive.Reads.assertUnknownMentioning;
import static org.invar.derive.Reads.intValue;
import static org.invar.derive.Reads.related;
import static org.invar.derive.Reads.relationUnknown;
import static org.invar.derive.Reads.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.model.Value;
import org.junit.jupiter.api.Test;

/** The zones of ECS services placed by capacity providers: their Auto Scaling groups' zones. */
class CapacityProviderZonesTest {

    /** The network, an Auto Scaling group "asg" over subnet1 and subnet2 and its provider "cp". */
    private static ModelBuilder twoZoneProvider() {
        ModelBuilder b = Infra.network();
        b.entity("auto_scaling_group", "asg").set("min_size", 2).relate("subnet", "subnet1", "subnet2");
        b.entity("capacity_provider", "cp").set("name", "cp").relate("auto_scaling_group", "asg");
        return b;
    }

    private static void strategy(ModelBuilder b, String owner, String kind, String provider, long weight) {
        String id = owner + "/" + provider;
        b.entity("capacity_provider_strategy", id).set("weight", weight).relate("capacity_provider", provider);
        b.entity(kind, owner).relate("capacity_provider_strategy", id);
    }

    @Test
    void aBridgeServiceRunsInItsProvidersGroupZones() {
        ModelBuilder b = twoZoneProvider();
        b.entity("ecs_service", "bridge").set("desired_count", 3);
        strategy(b, "bridge", "ecs_service", "cp", 1);
        Model m = b.build();

        assertEquals(List.of(AZ_A, AZ_B), related(m, "ecs_service", "bridge", "az"));
        assertEquals(Value.of(2), value(m, "ecs_service", "bridge", "az_count"));
        assertEquals(Value.of(1), value(m, "ecs_service", "bridge", "uneven_tasks"));
        assertNull(relationUnknown(m, "ecs_service", "bridge", "az"));
    }

    @Test
    void withoutAStrategyOrLaunchTypeTheClustersDefaultPlacesIt() {
        ModelBuilder b = twoZoneProvider();
        b.entity("ecs_cluster", "c");
        strategy(b, "c", "ecs_cluster", "cp", 1);
        b.entity("ecs_service", "default").relate("ecs_cluster", "c");
        b.entity("ecs_service", "ec2").set("launch_type", "EC2").relate("ecs_cluster", "c");
        Model m = b.build();

        assertEquals(Value.of(2), value(m, "ecs_service", "default", "az_count"));
        assertNull(value(m, "ecs_service", "ec2", "az_count"), "a launch type does not use the default strategy");
    }

    @Test
    void anUnknownLaunchTypeLeavesTheDefaultStrategyUndecided() {
        ModelBuilder b = twoZoneProvider();
        b.entity("ecs_cluster", "c");
        strategy(b, "c", "ecs_cluster", "cp", 1);
        b.entity("ecs_service", "svc").relate("ecs_cluster", "c").unknown("launch_type", "var.launch_type");
        Model m = b.build();

        assertUnknownMentioning(m, "ecs_service", "svc", "az_count", "launch_type is unknown", "ecs_cluster c");
    }

    @Test
    void awsvpcTasksRunWhereTheirSubnetsAndTheGroupsZonesMeet() {
        ModelBuilder b = twoZoneProvider();
        b.entity("ecs_service", "awsvpc").relate("subnet", "subnet2", "subnet3");
        strategy(b, "awsvpc", "ecs_service", "cp", 1);
        b.entity("ecs_service", "nowhere").set("desired_count", 2).relate("subnet", "subnet3");
        strategy(b, "nowhere", "ecs_service", "cp", 1);
        Model m = b.build();

        assertEquals(List.of(AZ_B), related(m, "ecs_service", "awsvpc", "az"));
        assertEquals(Value.of(1), value(m, "ecs_service", "awsvpc", "az_count"));
        assertEquals(Value.of(0), value(m, "ecs_service", "nowhere", "az_count"), "no zone has both");
        assertEquals(0, intValue(m, "az", AZ_C, "running_tasks"), "it cannot place its tasks anywhere");
    }

    @Test
    void fargateProvidersPlaceInTheServicesSubnets() {
        ModelBuilder b = Infra.network();
        b.entity("capacity_provider", "FARGATE_SPOT").set("name", "FARGATE_SPOT");
        b.entity("ecs_service", "svc").relate("subnet", "subnet1", "subnet2", "subnet3");
        strategy(b, "svc", "ecs_service", "FARGATE_SPOT", 1);
        Model m = b.build();

        assertEquals(Value.of(3), value(m, "ecs_service", "svc", "az_count"));
    }

    @Test
    void providersWithoutWeightOrBaseDoNotPlaceTasks() {
        ModelBuilder b = twoZoneProvider();
        b.entity("auto_scaling_group", "other").relate("subnet", "subnet3");
        b.entity("capacity_provider", "idle").relate("auto_scaling_group", "other");
        b.entity("ecs_service", "svc");
        strategy(b, "svc", "ecs_service", "cp", 1);
        strategy(b, "svc", "ecs_service", "idle", 0);
        Model m = b.build();

        assertEquals(List.of(AZ_A, AZ_B), related(m, "ecs_service", "svc", "az"));
    }

    @Test
    void theUnionOfSeveralProvidersZonesWithTheSplitUnknownPerZone() {
        ModelBuilder b = twoZoneProvider();
        b.entity("auto_scaling_group", "other").relate("subnet", "subnet3");
        b.entity("capacity_provider", "cp3").relate("auto_scaling_group", "other");
        b.entity("ecs_service", "svc").set("desired_count", 6);
        strategy(b, "svc", "ecs_service", "cp", 1);
        strategy(b, "svc", "ecs_service", "cp3", 1);
        Model m = b.build();

        assertEquals(Value.of(3), value(m, "ecs_service", "svc", "az_count"));
        assertUnknownMentioning(m, "az", AZ_C, "running_tasks", "ecs_service svc", "different zones");
    }

    @Test
    void theOneTaskSeedOverATwoZoneGroupIsGuaranteedNoTaskInEitherZone() {
        ModelBuilder b = twoZoneProvider();
        b.entity("load_balancer", "alb").set("type", "application").relate("subnet", "subnet1", "subnet2");
        b.entity("listener", "http").set("port", 80L).relate("load_balancer", "alb").relate("target_group", "tg");
        b.entity("target_group", "tg").set("port", 8080L);
        b.entity("ecs_service", "bridge").set("desired_count", 1).relate("target_group", "tg");
        strategy(b, "bridge", "ecs_service", "cp", 1);
        Model m = b.build();

        assertEquals(Value.of(0), value(m, "lb_node", "alb/" + AZ_A, "healthy_targets"));
        assertEquals(Value.of(0), value(m, "lb_node", "alb/" + AZ_B, "healthy_targets"));
    }

    @Test
    void anUnknownLinkNamesTheProviderOrGroup() {
        ModelBuilder b = Infra.network();
        b.entity("capacity_provider", "cp").unknownRelation("auto_scaling_group", "parameter Asg has no value");
        b.entity("auto_scaling_group", "bare");
        b.entity("capacity_provider", "cp-bare").relate("auto_scaling_group", "bare");
        b.entity("capacity_provider", "cp-none");
        b.entity("ecs_service", "unlinked").set("desired_count", 2);
        strategy(b, "unlinked", "ecs_service", "cp", 1);
        b.entity("ecs_service", "zoneless");
        strategy(b, "zoneless", "ecs_service", "cp-bare", 1);
        b.entity("ecs_service", "none");
        strategy(b, "none", "ecs_service", "cp-none", 1);
        Model m = b.build();

        assertEquals(Value.unknown("capacity_provider cp: auto_scaling_group is unknown (parameter Asg has no value)"),
                value(m, "ecs_service", "unlinked", "az_count"));
        assertEquals("capacity_provider cp: auto_scaling_group is unknown (parameter Asg has no value)",
                relationUnknown(m, "ecs_service", "unlinked", "az"));
        assertUnknownMentioning(m, "az", AZ_A, "running_tasks", "capacity_provider cp");
        assertEquals(Value.unknown("auto_scaling_group bare has no az or subnet in the model, so the zones of"
                + " capacity_provider cp-bare are not known"), value(m, "ecs_service", "zoneless", "az_count"));
        assertEquals(Value.unknown("capacity_provider cp-none has no auto_scaling_group in the model"),
                value(m, "ecs_service", "none", "az_count"));
    }

    @Test
    void anUnknownWeightOrStrategyIsAReason() {
        ModelBuilder b = twoZoneProvider();
        b.entity("capacity_provider_strategy", "w").unknown("weight", "var.weight").relate("capacity_provider", "cp");
        b.entity("ecs_service", "weighed").relate("capacity_provider_strategy", "w");
        b.entity("ecs_service", "unsaid").unknownRelation("capacity_provider_strategy", "var.strategy");
        Model m = b.build();

        assertEquals(Value.unknown("capacity_provider_strategy w: weight is unknown (var.weight)"),
                value(m, "ecs_service", "weighed", "az_count"));
        assertEquals(Value.unknown("ecs_service unsaid: capacity_provider_strategy is unknown (var.strategy)"),
                value(m, "ecs_service", "unsaid", "az_count"));
    }

    @Test
    void symbolicZonesOfTheGroupAreHandledAsElsewhere() {
        ModelBuilder b = Infra.network();
        b.entity("subnet", "p1");
        b.entity("subnet", "p2");
        b.entity("auto_scaling_group", "asg").relate("subnet", "p1", "p2");
        b.entity("capacity_provider", "cp").relate("auto_scaling_group", "asg");
        b.entity("ecs_service", "bridge");
        strategy(b, "bridge", "ecs_service", "cp", 1);
        b.entity("ecs_service", "awsvpc").relate("subnet", "subnet1");
        strategy(b, "awsvpc", "ecs_service", "cp", 1);
        Model m = b.build();

        assertEquals(List.of("zone of p1", "zone of p2"), related(m, "ecs_service", "bridge", "az"));
        assertUnknownMentioning(m, "ecs_service", "bridge", "az_count", "zone of subnet p1",
                "may be the same zone as");
        assertUnknownMentioning(m, "ecs_service", "awsvpc", "az_count", "may be the same zone as az " + AZ_A,
                "ecs_service awsvpc");
        assertEquals(List.of(), related(m, "ecs_service", "awsvpc", "az"));
    }
}
