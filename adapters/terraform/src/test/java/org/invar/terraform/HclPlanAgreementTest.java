package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Map;
import org.invar.Invar;
import org.invar.RuleSet;
import org.invar.model.Model;
import org.invar.model.json.ModelJson;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;

/**
 * A configuration evaluated without Terraform gives the model its plan gives: the fixtures' plans
 * were made by Terraform from the same {@code .tf} files, so the two models must agree in every
 * entity, attribute and relation; they differ only in the wording of why ids are unknown and in
 * origins (a plan has no lines).
 */
class HclPlanAgreementTest {
    private static final RuleSet SEED_RULE = Invar.compile("every az with alb_node has healthy_targets >= 1");

    /** Model JSON without origins, and with every unknown's reason made the same. */
    private static String comparable(Model m) {
        return ModelJson.write(m).replaceAll(",?\\s*\"origin\": \\{[^}]*\\}", "")
                .replaceAll("\\{\"unknown\": \"(?:[^\"\\\\]|\\\\.)*\"\\}", "{\"unknown\": _}");
    }

    private static void agree(String dir, Map<String, String> params, String plan) {
        assertEquals(comparable(Fixtures.plan(plan)), comparable(Configs.load(Fixtures.path(dir), params)),
                dir + " " + params + " against " + plan);
    }

    @Test
    void seed() {
        agree("seed", Map.of(), "seed/plan-1.json");
        agree("seed", Map.of("service_count", "2"), "seed/plan-2.json");
    }

    @Test
    void seedAcrossModules() {
        agree("seed-modules", Map.of(), "seed-modules/plan-1.json");
        agree("seed-modules", Map.of("service_count", "2"), "seed-modules/plan-2.json");
    }

    @Test
    void capacityProviders() {
        agree("capacity", Map.of(), "capacity/plan-1.json");
        agree("capacity", Map.of("service_count", "2"), "capacity/plan-2.json");
    }

    @Test
    void catalog() {
        agree("catalog", Map.of(), "catalog/plan.json");
    }

    /**
     * For any number of tasks and subnets, the seed scenario read from HCL has one subnet per AZ
     * of the first subnet_count AZs, and passes exactly when every AZ gets a task.
     */
    @Test
    void seedVerdictFollowsTasksAndZones() {
        qt().withExamples(40).forAll(integers().between(0, 6), integers().between(1, 4)).checkAssert((tasks, zones) -> {
            Model m = Configs.load(Fixtures.path("hcl/seed"), Map.of("service_count", tasks.toString(),
                    "subnet_count", zones.toString()));
            List<String> azs = m.table("az").ids().stream().sorted().toList();
            assertEquals(java.util.stream.IntStream.rangeClosed(1, zones).mapToObj(i -> "az-" + i).toList(), azs);
            Verdict verdict = SEED_RULE.evaluate(m).results().get(0).verdict();
            assertEquals(tasks >= zones ? Verdict.PASS : Verdict.FAIL, verdict, tasks + " task(s) over " + zones + " AZ(s)");
        });
    }
}
