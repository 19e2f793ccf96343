package org.invar.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.invar.model.json.ModelJson;
import org.junit.jupiter.api.Test;

/**
 * Inputs filled into builders of their own and merged make the same model in any order: what
 * one input describes replaces what another only names (a stand-in), the edges of both stay, and
 * two descriptions of one id are an error.
 */
class ModelMergeTest {

    /** A network input: a VPC and two subnets in two AZs. */
    private static ModelBuilder network() {
        ModelBuilder b = Model.builder();
        b.entity("az", "az-1").end().entity("az", "az-2").end();
        b.entity("vpc", "Vpc").origin(Origin.at("network.yml", 2, 3)).set("cidr", "10.0.0.0/16");
        b.entity("subnet", "Subnet1").origin(Origin.at("network.yml", 5, 3)).set("cidr", "10.0.1.0/24")
                .relate("vpc", "Vpc").relate("az", "az-1");
        b.entity("subnet", "Subnet2").origin(Origin.at("network.yml", 9, 3)).set("cidr", "10.0.2.0/24")
                .relate("vpc", "Vpc").relate("az", "az-2");
        return b;
    }

    /** A service input that names the network's subnets without describing them, and routes one. */
    private static ModelBuilder service() {
        ModelBuilder b = Model.builder();
        b.entity("ecs_service", "Service").origin(Origin.at("service.yml", 20, 3)).set("desired_count", 1)
                .relate("subnet", "Subnet1", "Subnet2");
        // An association in this input gives the outside subnet its route table: a fact it can tell.
        b.entity("route_table", "Routes").origin(Origin.at("service.yml", 30, 3)).relate("subnet", "Subnet1");
        for (String s : List.of("Subnet1", "Subnet2")) {
            b.entity("subnet", s).standIn().unknown("cidr", "subnet " + s + " is outside the template")
                    .unknownRelation("az", "subnet " + s + " is outside the template")
                    .unknownRelation("vpc", "subnet " + s + " is outside the template");
        }
        b.note("service.yml: a note");
        return b;
    }

    /** A third input that names only one of the subnets, and the VPC, as stand-ins too. */
    private static ModelBuilder monitoring() {
        ModelBuilder b = Model.builder();
        b.entity("vpc", "Vpc").standIn().unknown("cidr", "vpc Vpc is outside the template");
        // Named by the service too, with other reasons: which reason stays must not depend on order.
        b.entity("subnet", "Subnet1").standIn().unknown("cidr", "named by monitoring.yml")
                .unknownRelation("vpc", "named by monitoring.yml");
        b.entity("subnet", "Subnet2").standIn().set("id", "subnet-2")
                .unknownRelation("az", "subnet Subnet2 is outside the template");
        return b;
    }

    private static String merged(List<Supplier<ModelBuilder>> inputs) {
        ModelBuilder m = Model.builder();
        inputs.forEach(i -> m.merge(i.get()));
        return ModelJson.write(m.build());
    }

    @Test
    void theOrderOfInputsChangesNothing() {
        List<Supplier<ModelBuilder>> inputs = List.of(ModelMergeTest::network, ModelMergeTest::service,
                ModelMergeTest::monitoring);
        List<Supplier<ModelBuilder>> standInsOnly = List.of(ModelMergeTest::service, ModelMergeTest::monitoring);
        assertEquals(canonical(merged(standInsOnly)), canonical(merged(List.of(standInsOnly.get(1), standInsOnly.get(0)))));
        String expected = canonical(merged(inputs));
        qt().forAll(integers().all()).checkAssert(seed -> {
            List<Supplier<ModelBuilder>> shuffled = new ArrayList<>(inputs);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, canonical(merged(shuffled)));
        });
    }

    @Test
    void theDescribingInputWinsAndTheNamingInputsEdgesStay() {
        ModelBuilder m = Model.builder().merge(service()).merge(network()).merge(monitoring());
        EntityBuilder subnet = m.find("subnet", "Subnet1").orElseThrow();
        assertEquals(Value.of("10.0.1.0/24"), subnet.attribute("cidr").orElseThrow());
        assertEquals(List.of(), List.copyOf(subnet.unknownRelations().keySet()), "the stand-in's unknowns are gone");
        assertEquals(List.of("Routes"), List.copyOf(subnet.related("route_table")), "the naming input's edge stays");
        assertEquals(Origin.at("network.yml", 5, 3), subnet.origin());
        Model model = m.build();
        assertEquals(List.of("service.yml: a note"), model.notes());
        // Subnet2: described by the network; the monitoring stand-in's id does not override it,
        // but a field only a stand-in gave is not taken either: the description is the entity.
        assertTrue(m.find("subnet", "Subnet2").orElseThrow().attribute("id").isEmpty());
    }

    @Test
    void standInsAloneAddUpWhatEachCouldTell() {
        ModelBuilder m = Model.builder().merge(service()).merge(monitoring());
        EntityBuilder subnet = m.find("subnet", "Subnet2").orElseThrow();
        assertTrue(subnet.isStandIn());
        assertEquals(Value.of("subnet-2"), subnet.attribute("id").orElseThrow());
        assertTrue(subnet.attribute("cidr").orElseThrow() instanceof Value.Unknown);
        assertTrue(subnet.unknownRelation("vpc").isPresent());
    }

    @Test
    void twoDescriptionsOfOneIdAreAnError() {
        ModelBuilder other = Model.builder();
        other.entity("vpc", "Vpc").origin(Origin.at("app.yml", 4, 3)).set("cidr", "10.9.0.0/16");
        ModelException e = assertThrows(ModelException.class, () -> network().merge(other));
        assertEquals("vpc 'Vpc' is described twice, at network.yml:2:3 and at app.yml:4:3; inputs merged into one "
                + "model must not describe the same id twice (rename one, or check the inputs apart)", e.getMessage());
    }

    @Test
    void theSameInputTwiceIsOneInput() {
        assertEquals(ModelJson.write(network().build()),
                ModelJson.write(Model.builder().merge(network()).merge(network()).build()));
    }

    @Test
    void anAliasPutsTheNamedEntityInPlaceOfItsStandIn() {
        ModelBuilder app = Model.builder();
        app.entity("load_balancer", "Lb").origin(Origin.at("app.yml", 3, 3)).relate("subnet", "import:net-sub1");
        app.entity("subnet", "import:net-sub1").standIn().unknownRelation("az", "imported");
        ModelBuilder net = network().alias("import:net-sub1", "Subnet1").alias("import:net-vpc", "Vpc");
        for (ModelBuilder m : List.of(Model.builder().merge(app).merge(net), Model.builder().merge(net).merge(app))) {
            Model model = m.build();
            EntityTable subnets = model.table("subnet");
            assertTrue(subnets.find("import:net-sub1").isEmpty());
            EntityTable lbs = model.table("load_balancer");
            Relation lbSubnet = lbs.relation("subnet");
            int lb = lbs.find("Lb").orElseThrow();
            assertEquals("Subnet1", subnets.id(lbSubnet.target(lbSubnet.start(lb))));
        }
    }

    @Test
    void anAliasOfAnotherKindOrWithoutStandInChangesNothing() {
        ModelBuilder app = Model.builder();
        app.entity("subnet", "import:net-vpc").standIn().unknownRelation("az", "imported");
        // The alias names a VPC; the stand-in is a subnet: not the same entity, so it stays.
        Model model = Model.builder().merge(app).merge(network().alias("import:net-vpc", "Vpc")).build();
        assertTrue(model.table("subnet").find("import:net-vpc").isPresent());
    }

    @Test
    void oneNameForTwoEntitiesIsAnError() {
        ModelBuilder other = Model.builder().alias("import:x", "Subnet2");
        ModelException e = assertThrows(ModelException.class,
                () -> network().alias("import:x", "Subnet1").merge(other));
        assertEquals("'import:x' names both 'Subnet1' and 'Subnet2' (an export name may be given once across the inputs)",
                e.getMessage());
    }

    /** The model's JSON with entities sorted: entity order follows the inputs, nothing else may. */
    private static String canonical(String json) {
        return String.join("\n", json.lines().sorted().toList());
    }
}
