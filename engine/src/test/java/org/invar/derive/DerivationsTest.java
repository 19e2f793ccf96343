package org.invar.derive;

import static org.invar.derive.Infra.AZ_A;
import static org.invar.derive.Reads.intValue;
import static org.invar.derive.Reads.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.model.Value;
import org.invar.schema.AttributeDef;
import org.invar.schema.RelationDef;
import org.invar.schema.Schema;
import org.invar.schema.ValueType;
import org.junit.jupiter.api.Test;

class DerivationsTest {

    @Test
    void aCustomSchemaWithoutTheKindsIsLeftAlone() {
        Schema schema = Schema.builder()
                .kind("az", "a zone")
                .attribute("az", new AttributeDef("healthy_targets", ValueType.INT, true, "not ours to derive"))
                .kind("server", "a server")
                .relation("server", new RelationDef("az", "az", false, false, "its zone"))
                .build();
        Model m = Model.builder(schema).entity("az", "z1").end().entity("server", "s1").relate("az", "z1").end()
                .build();

        assertEquals(2, m.size());
        assertNull(value(m, "az", "z1", "healthy_targets"));
    }

    @Test
    void aSchemaWithLoadBalancersButNoNodeKindSkipsTheNodes() {
        Schema schema = Schema.builder()
                .kind("az", "a zone")
                .kind("subnet", "a subnet")
                .relation("subnet", new RelationDef("az", "az", false, false, "its zone"))
                .kind("load_balancer", "a load balancer")
                .attribute("load_balancer", new AttributeDef("type", ValueType.STRING, false, "its type"))
                .relation("load_balancer", new RelationDef("subnet", "subnet", true, false, "its subnets"))
                .build();
        Model m = Model.builder(schema).entity("az", "z1").end().entity("subnet", "s1").relate("az", "z1").end()
                .entity("load_balancer", "lb").relate("subnet", "s1").end().build();

        assertEquals(3, m.size());
    }

    @Test
    void anExtendedV1SchemaStillDerives() {
        Schema schema = Schema.v1().toBuilder()
                .attribute("ecs_service", new AttributeDef("owner_team", ValueType.STRING, false, "who owns it"))
                .build();
        ModelBuilder b = Model.builder(schema);
        b.entity("az", "a").end().entity("az", "b").end()
                .entity("subnet", "s1").relate("az", "a").end()
                .entity("subnet", "s2").relate("az", "b").end()
                .entity("load_balancer", "alb").relate("subnet", "s1", "s2").end()
                .entity("listener", "l").relate("load_balancer", "alb").relate("target_group", "tg").end()
                .entity("target_group", "tg").end()
                .entity("ecs_service", "svc").set("owner_team", "core").set("desired_count", 4L)
                .relate("subnet", "s1", "s2").relate("target_group", "tg");
        Model m = b.build();

        assertEquals(2, intValue(m, "az", "a", "healthy_targets"));
        assertEquals(2, intValue(m, "lb_node", "alb/b", "healthy_targets"));
    }

    @Test
    void applyingTwiceGivesTheSameModel() {
        ModelBuilder once = Infra.seed(Value.of(5));
        ModelBuilder twice = Infra.seed(Value.of(5));
        Derivations.apply(twice);
        Model m1 = once.build();
        Model m2 = twice.build();

        assertEquals(Scenarios.summary(m1, id -> id), Scenarios.summary(m2, id -> id));
        assertEquals(m1.size(), m2.size());
        assertEquals(2, intValue(m2, "az", AZ_A, "healthy_targets"));
    }
}
