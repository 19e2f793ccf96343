package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.invar.report.Report;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;
import org.invar.spi.ModelLoadException;
import org.invar.stdlib.Stdlib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus's terraform-aws-metaflow, as its own root and as its {@code examples/minimal} uses it
 * after a simulated {@code terraform init} (the registry modules {@code outerbounds/metaflow/aws}
 * and {@code terraform-aws-modules/vpc/aws} installed from the corpus's copies): the metadata
 * service's one task behind a network load balancer over two zones fails the same availability
 * rules of the standard library both ways. Without a UI certificate there is no ALB, so the ALB
 * rules have nothing in scope.
 */
class MetaflowExamplesTest {
    /** The availability rules the metadata service fails. */
    private static final List<String> SEED = List.of("lb-node-has-healthy-target", "ecs-service-covers-its-azs",
            "service-behind-lb-runs-two-tasks", "desired-count-multiple-of-azs");

    @TempDir
    Path tmp;

    private Path copy() {
        return Configs.copy(Corpus.dir().resolve("terraform-hcl/terraform-aws-metaflow"), tmp.resolve("terraform-aws-metaflow"));
    }

    private static Map<String, Verdict> seedVerdicts(Report report) {
        Map<String, Verdict> out = new TreeMap<>();
        for (RuleResult r : report.results()) {
            if (SEED.contains(r.rule()) || r.rule().equals("alb-node-has-healthy-target")) {
                out.put(r.rule(), r.verdict());
            }
        }
        return out;
    }

    @Test
    void theRootAndItsMinimalExampleFailTheSameRules() {
        Path hcl = Corpus.dir().resolve("terraform-hcl");
        Path metaflow = copy();
        Report root = Stdlib.rules().evaluate(Configs.load(metaflow));
        Path example = new SimulatedInit()
                .module("vpc", "terraform-aws-modules/vpc/aws", "5.21.0", hcl.resolve("terraform-aws-vpc-v5.21.0"))
                .module("metaflow", "outerbounds/metaflow/aws", "0.9.0", hcl.resolve("terraform-aws-metaflow"))
                .into(metaflow.resolve("examples/minimal"));
        Report minimal = Stdlib.rules().evaluate(Configs.load(example));

        Map<String, Verdict> expected = new TreeMap<>(Map.of("alb-node-has-healthy-target", Verdict.SKIP));
        SEED.forEach(rule -> expected.put(rule, Verdict.FAIL));
        assertEquals(expected, seedVerdicts(root));
        assertEquals(expected, seedVerdicts(minimal));
        // the example's VPC puts the two subnets in zones 1 and 2 of a region not named
        assertEquals(List.of("module.metaflow.module.metaflow-metadata-service.aws_lb.this/az-1",
                "module.metaflow.module.metaflow-metadata-service.aws_lb.this/az-2"),
                EcsExamplesTest.result(minimal, "lb-node-has-healthy-target").findings().stream()
                        .map(f -> f.entity().id()).sorted().toList());
    }

    /**
     * The EKS examples pin the submodules of metaflow 0.8.0, whose metadata service took
     * {@code with_public_ip}; the corpus's later snapshot installed in their place does not: the
     * load is an error at that argument, as Terraform's would be, not a model that guesses.
     */
    @Test
    void anExampleWhoseInstalledModuleLacksAnArgumentIsAnErrorAtIt() {
        Path hcl = Corpus.dir().resolve("terraform-hcl");
        Path metaflow = copy();
        SimulatedInit init = new SimulatedInit()
                .module("vpc", "terraform-aws-modules/vpc/aws", "5.21.0", hcl.resolve("terraform-aws-vpc-v5.21.0"));
        for (String sub : List.of("datastore", "common", "metadata-service")) {
            init.module("metaflow-" + sub, "outerbounds/metaflow/aws//modules/" + sub, "0.8.0",
                    hcl.resolve("terraform-aws-metaflow"), "modules/" + sub);
        }
        Path example = init.into(metaflow.resolve("examples/eks_airflow"));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> Configs.load(example));
        assertTrue(e.getMessage().startsWith(example + "/metaflow.tf:65:38: error: var.with_public_ip is not declared"),
                e.getMessage());
    }
}
