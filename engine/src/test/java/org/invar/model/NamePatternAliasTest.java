package org.invar.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Names known but for one part (an export named after its stack, whose name is not known): a
 * stand-in that fits exactly one such name is the entity named, and every name of one part and
 * owner takes one value; notes say what was decided, in any order of the inputs.
 */
class NamePatternAliasTest {
    private static final String STACK_NAME = "[A-Za-z][-A-Za-z0-9]{0,127}";

    private static NamePattern exported(String owner, String suffix) {
        return new NamePattern(List.of("import:", suffix), "AWS::StackName", owner, STACK_NAME);
    }

    /** A cluster input: a load balancer with a listener, exported as ${AWS::StackName}:Listener. */
    private static ModelBuilder cluster(String owner) {
        ModelBuilder b = Model.builder();
        b.entity("load_balancer", "Lb").origin(Origin.at(owner, 3, 3));
        b.entity("listener", "Listener").origin(Origin.at(owner, 9, 3)).relate("load_balancer", "Lb");
        b.entity("vpc", "Vpc").origin(Origin.at(owner, 1, 3));
        return b.alias(exported(owner, ":Listener"), "Listener").alias(exported(owner, ":Vpc"), "Vpc");
    }

    /** A service input that imports the listener (and maybe the VPC) of the stack it names. */
    private static ModelBuilder service(String file, String listener, String vpc) {
        ModelBuilder b = Model.builder();
        String tg = file.equals("service.yml") ? "Tg" : file + "/Tg";
        b.entity("target_group", tg).origin(Origin.at(file, 5, 3));
        b.entity("listener", listener).standIn().unknownRelation("load_balancer", "imported")
                .relate("target_group", tg);
        b.expectAlias("listener", listener, file + ": nothing exports " + listener);
        if (vpc != null) {
            b.entity("vpc", vpc).standIn().unknown("cidr", "imported");
        }
        return b;
    }

    private static Model merged(ModelBuilder... inputs) {
        ModelBuilder m = Model.builder();
        for (ModelBuilder input : inputs) {
            m.merge(input);
        }
        return m.build();
    }

    private static List<String> related(Model m, String kind, String id, String relation) {
        EntityTable t = m.table(kind);
        int i = t.find(id).orElseThrow();
        Relation r = t.relation(relation);
        List<String> ids = new java.util.ArrayList<>();
        for (int s = r.start(i); s < r.end(i); s++) {
            ids.add(m.table(r.targetKind()).id(r.target(s)));
        }
        return ids;
    }

    @Test
    void aPatternMatchesTheWholeNameAndRepeatsItsPart() {
        NamePattern p = new NamePattern(List.of("import:", "-", ":Listener"), "AWS::StackName", "c.yml", STACK_NAME);
        assertEquals(Optional.of("prod"), p.match("import:prod-prod:Listener"));
        assertEquals(Optional.empty(), p.match("import:prod-test:Listener"));
        assertEquals(Optional.empty(), exported("c.yml", ":Listener").match("import:9lives:Listener"));
        assertEquals(Optional.empty(), exported("c.yml", ":Listener").match("import:a:b:Listener"));
        assertEquals("import:${AWS::StackName}-${AWS::StackName}:Listener", p.display());
    }

    @Test
    void aStandInThatFitsOnePatternIsTheEntityInEitherOrder() {
        for (Model m : List.of(merged(cluster("cluster.yml"), service("service.yml", "import:production:Listener",
                "import:production:Vpc")), merged(service("service.yml", "import:production:Listener",
                "import:production:Vpc"), cluster("cluster.yml")))) {
            assertTrue(m.table("listener").find("import:production:Listener").isEmpty());
            assertEquals(List.of("Tg"), related(m, "listener", "Listener", "target_group"));
            assertEquals(List.of("Tg"), related(m, "load_balancer", "Lb", "target_group"));
            assertEquals(List.of("cluster.yml: AWS::StackName taken to be 'production', under which it gives "
                    + "import:production:Listener, import:production:Vpc (each fits no other name given)"), m.notes());
        }
    }

    @Test
    void twoPatternsThatFitLeaveTheStandIn() {
        Model m = merged(cluster("a.yml"), cluster2("b.yml"), service("service.yml", "import:production:Listener", null));
        assertTrue(m.table("listener").find("import:production:Listener").isPresent());
        assertTrue(m.notes().contains("import:production:Listener fits 2 names (import:${AWS::StackName}:Listener "
                + "of a.yml, import:${AWS::StackName}:Listener of b.yml), so it is taken for none: it stays a "
                + "stand-in, its facts unknown, until AWS::StackName is given for them"), m.notes()::toString);
        assertTrue(m.notes().contains("service.yml: nothing exports import:production:Listener"), m.notes()::toString);
    }

    /** A second cluster, with ids of its own. */
    private static ModelBuilder cluster2(String owner) {
        ModelBuilder b = Model.builder();
        b.entity("listener", "Listener2").origin(Origin.at(owner, 9, 3));
        return b.alias(exported(owner, ":Listener"), "Listener2");
    }

    @Test
    void oneStackIsNotGivenTwoNames() {
        Model m = merged(cluster("cluster.yml"), service("service.yml", "import:production:Listener", null),
                service("other.yml", "import:staging:Listener", null));
        assertTrue(m.table("listener").find("import:production:Listener").isPresent());
        assertTrue(m.table("listener").find("import:staging:Listener").isPresent());
        assertTrue(m.notes().contains("cluster.yml: AWS::StackName would be 'production' (import:production:Listener)"
                + " and 'staging' (import:staging:Listener); it has one value, so none is taken and those names stay"
                + " stand-ins, their facts unknown"), m.notes()::toString);
    }

    @Test
    void anExactNameWinsOverAPattern() {
        ModelBuilder exact = Model.builder();
        exact.entity("listener", "Exact").origin(Origin.at("exact.yml", 2, 3));
        exact.alias("import:production:Listener", "Exact");
        Model m = merged(cluster("cluster.yml"), exact, service("service.yml", "import:production:Listener", null));
        assertEquals(List.of("Tg"), related(m, "listener", "Exact", "target_group"));
        assertEquals(List.of(), related(m, "listener", "Listener", "target_group"));
        assertEquals(List.of(), m.notes());
    }

    @Test
    void anExpectedNameIsNotedOnlyWhenInputsWereMerged() {
        assertEquals(List.of(), service("service.yml", "import:production:Listener", null).build().notes());
        assertEquals(List.of("service.yml: nothing exports import:production:Listener"),
                merged(service("service.yml", "import:production:Listener", null)).notes());
    }

    @Test
    void onePatternForTwoEntitiesIsAnError() {
        ModelException e = assertThrows(ModelException.class, () -> Model.builder()
                .alias(exported("c.yml", ":Listener"), "A").alias(exported("c.yml", ":Listener"), "B"));
        assertEquals("'import:${AWS::StackName}:Listener' of c.yml names both 'A' and 'B' (an export name may be "
                + "given once across the inputs)", e.getMessage());
    }
}
