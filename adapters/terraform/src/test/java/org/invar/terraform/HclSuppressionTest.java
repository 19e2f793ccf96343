package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.invar.Invar;
import org.invar.model.EntityTable;
import org.invar.model.Model;
import org.invar.model.Suppression;
import org.invar.report.Finding;
import org.invar.report.Report;
import org.invar.spi.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code # invar:suppress RULE-ID reason} (or {@code //}) on the lines directly above a resource
 * block or inside it suppresses the rule for the entities made from the resource; a suppressed
 * violation is still reported, with the reason.
 */
class HclSuppressionTest {
    @TempDir
    Path dir;

    private static List<Suppression> suppressions(Model m, String kind, String id) {
        EntityTable t = m.table(kind);
        return t.suppressions(t.find(id).orElseThrow());
    }

    @Test
    void commentsAboveAndInsideTheBlock() {
        Configs.write(dir, "main.tf", """
                # A batch worker: it does not serve traffic.
                # invar:suppress one-task-is-too-few a batch worker; one task is enough
                resource "aws_ecs_service" "worker" {
                  name          = "worker"
                  desired_count = 1
                  // invar:suppress other-rule not here either
                  ordered_placement_strategy {
                    type  = "spread"
                    field = "attribute:ecs.availability-zone"
                  }
                }

                # invar:suppress not-this-one this comment is not directly above the next block

                resource "aws_ecs_service" "web" {
                  name          = "web"
                  desired_count = 1
                }
                """);
        Model m = Configs.load(dir);
        List<Suppression> expected = List.of(new Suppression("one-task-is-too-few", "a batch worker; one task is enough"),
                new Suppression("other-rule", "not here either"));
        assertEquals(expected, suppressions(m, "ecs_service", "aws_ecs_service.worker"));
        assertEquals(List.of(), suppressions(m, "ecs_service", "aws_ecs_service.web"));
        String strategy = Fixtures.related(m, "ecs_service", "aws_ecs_service.worker", "placement_strategy").get(0);
        assertEquals(expected, suppressions(m, "placement_strategy", strategy));
    }

    @Test
    void aSuppressedViolationIsListedWithItsReason() {
        Configs.write(dir, "main.tf", """
                resource "aws_ecs_service" "worker" { # invar:suppress two-tasks a batch worker
                  name          = "worker"
                  desired_count = 1
                }
                resource "aws_ecs_service" "web" {
                  name          = "web"
                  desired_count = 1
                }
                """);
        Report report = Invar.compile("rule two-tasks { assert every ecs_service has desired_count >= 2 }")
                .evaluate(Configs.load(dir));
        List<Finding> failures = report.violations();
        assertEquals(2, failures.size(), failures::toString);
        Finding worker = failures.stream().filter(f -> f.entity().id().equals("aws_ecs_service.worker")).findFirst()
                .orElseThrow();
        assertEquals(Optional.of("a batch worker"), worker.suppressed());
        Finding web = failures.stream().filter(f -> f.entity().id().equals("aws_ecs_service.web")).findFirst().orElseThrow();
        assertTrue(web.suppressed().isEmpty());
    }

    @Test
    void aSuppressionWithoutReasonIsAnError() {
        Configs.write(dir, "main.tf", """
                resource "aws_ecs_service" "worker" {
                  # invar:suppress two-tasks
                  desired_count = 1
                }
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> Configs.load(dir));
        assertTrue(e.getMessage().startsWith(dir + "/main.tf:2:3: error: a suppression names a rule and says why"),
                e.getMessage());
    }
}
