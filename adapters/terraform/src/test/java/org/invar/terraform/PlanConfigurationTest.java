package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.invar.model.Model;
import org.invar.spi.LoadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan's links that its configuration's references cannot settle (a conditional between two
 * route tables, a dynamic block, a variable's null default) are settled by the {@code .tf} files
 * it was made from (fixture {@code plan-configuration/}), beside the plan or given; without them
 * they stay unknown with the candidates named.
 */
class PlanConfigurationTest {
    private static final String A = "aws_subnet.a";

    private static String value(Model m, String kind, String id, String attribute) {
        return Fixtures.attribute(m, kind, id, attribute).map(v -> v.display()).orElse("(absent)");
    }

    @Test
    void besideThePlanTheConfigurationSettlesItsLinks() {
        Model m = Fixtures.plan("plan-configuration/plan.json");
        assertEquals(List.of("aws_route_table.public"), Fixtures.related(m, "subnet", A, "route_table"));
        assertNull(Fixtures.unknownRelation(m, "subnet", A, "route_table"));
        assertEquals("internet_gateway", value(m, "subnet", A, "default_route_target"));
        assertEquals(List.of("aws_subnet.a", "aws_subnet.b"), Fixtures.related(m, "load_balancer", "aws_lb.web", "subnet"));
        assertEquals("internet-facing", value(m, "load_balancer", "aws_lb.web", "scheme"),
                "internal = var.internal, null: the provider's default");
    }

    @Test
    void evaluatedWithThePlansOwnVariables() {
        Model m = Fixtures.plan("plan-configuration/plan-private.json"); // -var private=true
        assertEquals(List.of("aws_route_table.private"), Fixtures.related(m, "subnet", A, "route_table"));
        assertEquals("nat_gateway", value(m, "subnet", A, "default_route_target"));
    }

    @Test
    void aloneThePlanLeavesThemUnknownWithTheCandidates(@TempDir Path dir) throws Exception {
        Path plan = Files.copy(Fixtures.path("plan-configuration/plan.json"), dir.resolve("plan.json"));
        Model m = Terraform.loadPlan(plan);
        assertEquals("aws_route_table_association.a names several route tables: aws_route_table.private,"
                + " aws_route_table.public", Fixtures.unknownRelation(m, "subnet", A, "route_table"));
        assertEquals("unknown", value(m, "subnet", A, "default_route_target"));
        assertEquals("unknown", value(m, "load_balancer", "aws_lb.web", "scheme"));

        Model given = Terraform.loadPlan(plan, Fixtures.path("plan-configuration"), LoadOptions.DEFAULT);
        assertEquals(List.of("aws_route_table.public"), Fixtures.related(given, "subnet", A, "route_table"));
    }

    @Test
    void aConfigurationThatCannotBeEvaluatedLeavesThePlanAsItIsWithANote(@TempDir Path dir) throws Exception {
        Path plan = Files.copy(Fixtures.path("plan-configuration/plan.json"), dir.resolve("plan.json"));
        Files.writeString(dir.resolve("main.tf"), "resource \"aws_subnet\" \"a\" {\n  cidr_block = \n}\n");
        Model m = Terraform.loadPlan(plan);
        assertTrue(Fixtures.unknownRelation(m, "subnet", A, "route_table").contains("names several route tables"));
        assertTrue(m.notes().stream().anyMatch(n -> n.contains("was not evaluated") && n.contains("main.tf:2:16: error:")),
                m.notes().toString());
    }

    @Test
    void aConfigurationEditedSinceThePlanDoesNotSettleWhatItNamesDifferently(@TempDir Path dir) throws Exception {
        Path plan = Files.copy(Fixtures.path("plan-configuration/plan-private.json"), dir.resolve("plan.json"));
        String tf = Files.readString(Fixtures.path("plan-configuration/main.tf"));
        String edited = tf.replace("route_table_id = var.private ? aws_route_table.private.id : aws_route_table.public.id",
                "route_table_id = aws_route_table.public.id");
        assertTrue(!edited.equals(tf), "the fixture has the conditional association");
        Files.writeString(dir.resolve("main.tf"), edited);
        Model m = Terraform.loadPlan(plan);
        assertTrue(Fixtures.unknownRelation(m, "subnet", A, "route_table").startsWith("aws_route_table_association.a"
                + " names several route tables: aws_route_table.private, aws_route_table.public"),
                "the plan was made with private = true: the edited file must not pick the public table");
        assertTrue(m.notes().stream().anyMatch(n -> n.contains("names other resources than the plan's")
                && n.contains("aws_route_table_association.a")), m.notes().toString());
    }

    @Test
    void theConfigurationIsEvaluatedWithThePlansValuesWhateverParamsSay() throws Exception {
        Model m = Terraform.loadPlan(Fixtures.path("plan-configuration/plan-private.json"),
                Fixtures.path("plan-configuration"),
                new LoadOptions(java.util.Map.of("private", "false"), java.util.Optional.empty(),
                        java.util.Optional.empty()));
        assertEquals(List.of("aws_route_table.private"), Fixtures.related(m, "subnet", A, "route_table"));
    }

    @Test
    void aNoteSaysWhichConfigurationSettledThePlan() {
        Model m = Fixtures.plan("plan-configuration/plan.json");
        assertTrue(m.notes().stream().anyMatch(n -> n.contains("settled from the configuration in")), m.notes().toString());
    }
}
