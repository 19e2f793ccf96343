package org.invar.testing;

import static org.invar.testing.Infra.failure;
import static org.invar.testing.InvarAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.invar.model.Model;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelLoadException;
import org.junit.jupiter.api.Test;

class ModelsTest {
    private static final Path SEED = Path.of("src/test/resources/terraform/seed");
    private static final String COVERS_ITS_AZS = "every ecs_service with load_balancer has desired_count >= count(distinct subnet.az)";

    @Test
    void cloudFormationTakesParameters() {
        assertDoesNotThrow(() -> assertThat(Models.cloudFormation(Infra.EXAMPLE, Map.of("TaskCount", "2")))
                .satisfies(Infra.SEED_RULE));
        assertDoesNotThrow(() -> assertThat(Models.cloudFormation(Infra.EXAMPLE, Map.of("TaskCount", "1")))
                .violates(Infra.SEED_RULE));
    }

    @Test
    void cloudFormationTakesARegionThatNamesTheZones() {
        Model model = Models.cloudFormation(Infra.EXAMPLE,
                new LoadOptions(Map.of(), Optional.of("eu-west-1"), Optional.empty()));
        String message = failure(() -> assertThat(model).satisfies(Infra.SEED_RULE));
        assertEquals("  az eu-west-1a (../examples/alb-one-task.yml:42:3): az eu-west-1a does not satisfy healthy_targets >= 1"
                + " [alb_node = [LoadBalancer/eu-west-1a], healthy_targets = 0]", message.lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void terraformPlansOfTheSeedScenario() {
        assertDoesNotThrow(() -> assertThat(Models.terraformPlan(SEED.resolve("plan-1.json"))).violates(Infra.SEED_RULE));
        assertDoesNotThrow(() -> assertThat(Models.terraformPlan(SEED.resolve("plan-2.json"))).satisfies(Infra.SEED_RULE));
    }

    @Test
    void terraformStatesOfTheSeedScenario() {
        String message = failure(() -> assertThat(Models.terraformState(SEED.resolve("state-1.json"))).satisfies(COVERS_ITS_AZS));
        assertEquals("  ecs_service aws_ecs_service.web (src/test/resources/terraform/seed/state-1.json (aws_ecs_service.web)):"
                + " ecs_service aws_ecs_service.web does not satisfy desired_count >= count(distinct subnet.az)"
                + " [load_balancer = [aws_lb.web], desired_count = 1, count(distinct subnet.az) = 2]",
                message.lines().skip(1).findFirst().orElseThrow());
        assertDoesNotThrow(() -> assertThat(Models.terraformState(SEED.resolve("state-2.json"))).satisfies(COVERS_ITS_AZS));
    }

    @Test
    void aPlanIsNotAState() {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> Models.terraformState(SEED.resolve("plan-1.json")));
        assertEquals("src/test/resources/terraform/seed/plan-1.json: error: this is a Terraform plan, not a state;"
                + " load it with Terraform.loadPlan", e.getMessage());
    }

    @Test
    void fileReadsWhateverAnAdapterReads() {
        assertDoesNotThrow(() -> assertThat(Models.file(SEED.resolve("plan-1.json"))).violates(Infra.SEED_RULE));
        assertDoesNotThrow(() -> assertThat(Models.file(SEED.resolve("state-2.json"))).satisfies(COVERS_ITS_AZS));
        assertDoesNotThrow(() -> assertThat(Models.file(Infra.EXAMPLE)).violates(Infra.SEED_RULE));
        assertDoesNotThrow(() -> assertThat(Models.file(Infra.EXAMPLE, Map.of("TaskCount", "2"))).satisfies(Infra.SEED_RULE));
    }

    @Test
    void fileOfAMissingInputSaysSo() {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> Models.file(Path.of("infra/missing.yml")));
        assertEquals("infra/missing.yml: error: no such file or directory", e.getMessage());
    }

    @Test
    void jsonReadsAnInlineModel() {
        Model model = Models.json("""
                {"invar_model": 1,
                 "entities": [
                   {"kind": "bucket", "id": "logs", "attributes": {"encrypted": false},
                    "origin": {"file": "storage.yml", "line": 4, "column": 3}}]}
                """);
        assertEquals("Rule 'every bucket has encrypted == true' was violated (1 time):\n"
                + "  bucket logs (storage.yml:4:3): bucket logs does not satisfy encrypted == true [encrypted = false]",
                failure(() -> assertThat(model).satisfies("every bucket has encrypted == true")));
    }

    @Test
    void builderBuildsByHand() {
        Model model = Models.builder()
                .entity("az", "us-east-1a").end()
                .entity("subnet", "subnet-a").relate("az", "us-east-1a").end()
                .build();
        assertEquals(2, model.size());
        assertDoesNotThrow(() -> assertThat(model).satisfies("every subnet has count(az) == 1"));
    }
}
