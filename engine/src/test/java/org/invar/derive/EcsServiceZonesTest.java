package org.invar.derive;

import static org.invar.derive.Infra.AZ_A;
import static org.invar.derive.Infra.AZ_B;
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

class EcsServiceZonesTest {

    @Test
    void theDistinctAzsOfItsSubnets() {
        ModelBuilder b = Infra.network();
        b.entity("subnet", "subnet1b").relate("az", AZ_A);
        b.entity("ecs_service", "two").relate("subnet", "subnet1", "subnet1b", "subnet2");
        b.entity("ecs_service", "one").relate("subnet", "subnet1", "subnet1b");
        Model m = b.build();

        assertEquals(List.of(AZ_A, AZ_B), related(m, "ecs_service", "two", "az"));
        assertEquals(Value.of(2), value(m, "ecs_service", "two", "az_count"));
        assertEquals(List.of(AZ_A), related(m, "ecs_service", "one", "az"));
        assertEquals(Value.of(1), value(m, "ecs_service", "one", "az_count"));
        assertNull(relationUnknown(m, "ecs_service", "two", "az"));
    }

    @Test
    void aSubnetWhoseAzIsUnknownMayBeInAnotherOfItsZonesSoTheCountIsUnknown() {
        ModelBuilder b = Infra.network();
        b.entity("subnet", "subnetX").unknownRelation("az", "AWS picks the zone");
        b.entity("ecs_service", "svc").relate("subnet", "subnet1", "subnetX");
        Model m = b.build();

        assertEquals(List.of(AZ_A, "zone of subnetX"), related(m, "ecs_service", "svc", "az"));
        assertEquals(Value.unknown("the zone of subnet subnetX (AWS picks the zone) may be the same zone as az "
                + AZ_A), value(m, "ecs_service", "svc", "az_count"));
    }

    @Test
    void subnetsOfOneLoadBalancerAreInDifferentZonesEvenWhenTheirZonesAreNotKnown() {
        ModelBuilder b = Infra.network();
        b.entity("subnet", "p1");
        b.entity("subnet", "p2");
        b.entity("load_balancer", "alb").relate("subnet", "p1", "p2");
        b.entity("ecs_service", "svc").relate("subnet", "p1", "p2");
        b.entity("ecs_service", "other").relate("subnet", "p1", "subnet1");
        Model m = b.build();

        assertEquals(Value.of(2), value(m, "ecs_service", "svc", "az_count"));
        assertEquals(Value.unknown("the zone of subnet p1 may be the same zone as az " + AZ_A),
                value(m, "ecs_service", "other", "az_count"));
    }

    @Test
    void aSubnetWithoutAzInTheModelIsInOneZoneOfItsOwn() {
        ModelBuilder b = Infra.network();
        b.entity("subnet", "bare");
        b.entity("ecs_service", "svc").relate("subnet", "bare");
        Model m = b.build();

        assertEquals(Value.of(1), value(m, "ecs_service", "svc", "az_count"));
    }

    @Test
    void unknownSubnetsMakeTheCountUnknown() {
        ModelBuilder b = Infra.network();
        b.entity("ecs_service", "svc").unknownRelation("subnet", "parameter Subnets has no value");
        Model m = b.build();

        assertEquals(Value.unknown("ecs_service svc: subnet is unknown (parameter Subnets has no value)"),
                value(m, "ecs_service", "svc", "az_count"));
    }

    @Test
    void aServiceWithoutSubnetsHasNoAzCount() {
        ModelBuilder b = Infra.network();
        b.entity("ecs_service", "bridge").set("launch_type", "EC2");
        Model m = b.build();

        assertNull(value(m, "ecs_service", "bridge", "az_count"));
        assertEquals(List.of(), related(m, "ecs_service", "bridge", "az"));
    }

    @Test
    void unevenTasksAreTheRemainderOverTheZones() {
        ModelBuilder b = Infra.network();
        b.entity("ecs_service", "three").relate("subnet", "subnet1", "subnet2").set("desired_count", 3);
        b.entity("ecs_service", "four").relate("subnet", "subnet1", "subnet2").set("desired_count", 4);
        b.entity("ecs_service", "unknown").relate("subnet", "subnet1", "subnet2")
                .unknown("desired_count", "parameter Count has no value");
        b.entity("ecs_service", "nowhere").set("desired_count", 3);
        Model m = b.build();

        assertEquals(Value.of(1), value(m, "ecs_service", "three", "uneven_tasks"));
        assertEquals(Value.of(0), value(m, "ecs_service", "four", "uneven_tasks"));
        assertEquals(Value.unknown("ecs_service unknown: desired_count is unknown (parameter Count has no value)"),
                value(m, "ecs_service", "unknown", "uneven_tasks"));
        assertNull(value(m, "ecs_service", "nowhere", "uneven_tasks"));
    }
}
