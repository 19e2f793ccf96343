package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.invar.model.Model;
import org.invar.report.Report;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;
import org.invar.stdlib.Stdlib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The examples of terraform-aws-ecs 5.12.1 in the corpus, read as a user who ran
 * {@code terraform init} would have them: the ECS repository copied to a temporary directory,
 * and in each example the registry modules {@code terraform-aws-modules/alb/aws} and
 * {@code .../vpc/aws} installed from the corpus's alb 9.17.0 and vpc 5.21.0. Checked with the
 * standard library, one Fargate task over three zones behind an internet-facing ALB in public
 * subnets fails {@code alb-node-has-healthy-target} in each of the three zones and passes
 * {@code internet-facing-lb-not-behind-nat}.
 */
class EcsExamplesTest {
    static final List<String> ZONES = List.of("eu-west-1a", "eu-west-1b", "eu-west-1c");

    @TempDir
    Path tmp;

    /** An example of the ECS repository with its registry modules installed, in a temporary directory. */
    static Path initialized(Path corpus, Path tmp, String example) {
        Path hcl = corpus.resolve("terraform-hcl");
        Path ecs = Configs.copy(hcl.resolve("terraform-aws-ecs-v5.12.1"), tmp.resolve("terraform-aws-ecs"));
        return new SimulatedInit()
                .module("alb", "terraform-aws-modules/alb/aws", "9.17.0", hcl.resolve("terraform-aws-alb-v9.17.0"))
                .module("vpc", "terraform-aws-modules/vpc/aws", "5.21.0", hcl.resolve("terraform-aws-vpc-v5.21.0"))
                .into(ecs.resolve("examples/" + example));
    }

    static RuleResult result(Report report, String rule) {
        return report.results().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
    }

    /** The zones where the rule fails, sorted. */
    static List<String> failingZones(Report report) {
        return result(report, "alb-node-has-healthy-target").findings().stream()
                .filter(f -> f.verdict() == Verdict.FAIL)
                .map(f -> f.entity().id().substring(f.entity().id().lastIndexOf('/') + 1)).sorted().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"complete", "fargate"})
    void oneTaskOverThreeZonesFailsEachZoneAndTheAlbIsNotBehindNat(String example) {
        Path root = initialized(Corpus.dir(), tmp, example);
        Model model = Configs.load(root);
        Report report = Stdlib.rules().evaluate(model);

        assertEquals(Verdict.FAIL, result(report, "alb-node-has-healthy-target").verdict());
        assertEquals(ZONES, failingZones(report));
        assertEquals(0, result(report, "alb-node-has-healthy-target").unknown());
        assertEquals(Verdict.PASS, result(report, "internet-facing-lb-not-behind-nat").verdict());
        assertEquals(1, result(report, "internet-facing-lb-not-behind-nat").inScope());
        assertEquals(6, model.table("subnet").size(), "the service module's data.aws_subnet is the VPC's subnet");
        assertTrue(model.table("load_balancer").ids().stream().allMatch(id -> id.startsWith("module.alb.")));
    }

    /**
     * The same examples planned by Terraform itself (offline, {@link OfflinePlan}) give the same
     * verdicts as their {@code .tf} files, rule by rule. Without Terraform, the test does not run
     * and says so.
     */
    @ParameterizedTest
    @ValueSource(strings = {"complete", "fargate"})
    void theirPlansGiveTheSameVerdicts(String example) throws Exception {
        Path root = initialized(Corpus.dir(), tmp, example);
        Report fromTf = Stdlib.rules().evaluate(Configs.load(root));
        // terraform show -json in the root module's directory: the .tf files beside it settle its links
        Path plan = OfflinePlan.of(root, "eu-west-1", root.resolve("plan.json"));
        Report fromPlan = Stdlib.rules().evaluate(Terraform.loadPlan(plan));

        assertEquals(ZONES, failingZones(fromPlan));
        assertEquals(Verdict.PASS, result(fromPlan, "internet-facing-lb-not-behind-nat").verdict());
        assertEquals(verdicts(fromTf), verdicts(fromPlan));

        // The plan alone keeps only references: the listener's target group (a dynamic block) and
        // the service's subnets stay open, so the zones are unknown, never passed.
        Path alone = java.nio.file.Files.copy(plan, tmp.resolve(example + "-alone.plan.json"));
        RuleResult open = result(Stdlib.rules().evaluate(Terraform.loadPlan(alone)), "alb-node-has-healthy-target");
        assertEquals(Verdict.UNKNOWN, open.verdict());
        assertEquals(3, open.unknown());
    }

    /** Each rule's verdict, with the entities that failed. */
    static java.util.Map<String, String> verdicts(Report report) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        for (RuleResult r : report.results()) {
            out.put(r.rule(), r.verdict() + " " + r.findings().stream().filter(f -> f.verdict() == Verdict.FAIL)
                    .map(f -> f.entity().id()).sorted().toList());
        }
        return out;
    }

    /**
     * The EC2 example also uses the autoscaling and security-group registry modules, which the
     * corpus does not have: what they may make is unknown, so the ALB's zones are unknown, never
     * passed, and the reason names the module not read.
     */
    @Test
    void ec2ExampleIsUnknownForTheModulesNotInTheCorpus() {
        Path root = initialized(Corpus.dir(), tmp, "ec2-autoscaling");
        Report report = Stdlib.rules().evaluate(Configs.load(root));
        RuleResult alb = result(report, "alb-node-has-healthy-target");
        assertEquals(Verdict.UNKNOWN, alb.verdict());
        // The example's ALB in its three zones, and a node in a zone not known of each load
        // balancer the two unread modules may make.
        assertEquals(5, alb.unknown());
        assertEquals(List.of("module.autoscaling (not read)/(zone not known)",
                        "module.autoscaling_sg (not read)/(zone not known)"),
                alb.findings().stream().map(f -> f.entity().id()).filter(id -> id.endsWith("/(zone not known)"))
                        .sorted().toList());
        RuleResult nat = result(report, "internet-facing-lb-not-behind-nat");
        assertEquals(Verdict.UNKNOWN, nat.verdict());
        assertEquals(List.of("module.autoscaling (not read)", "module.autoscaling_sg (not read)"),
                nat.findings().stream().map(f -> f.entity().id()).sorted().toList(),
                "the example's own ALB passes; the load balancers the unread modules may make are unknown");
    }
}
