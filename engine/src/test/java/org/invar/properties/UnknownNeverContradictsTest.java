package org.invar.properties;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.invar.Invar;
import org.invar.RuleSet;
import org.invar.model.EntityBuilder;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Unknown is never a guess. Generated zones, subnets, load balancers, services and Auto Scaling
 * groups (valid as AWS has them: a load balancer's subnets in different zones) are checked twice:
 * with every subnet's zone known, and with some subnets' zones hidden (the engine gives those
 * symbolic zones). The model that knows less may say unknown where the other decides, but never
 * the opposite verdict, nor a pass where the other does not pass. Likewise adding an entity
 * whose existence is unknown never turns a failure or an unknown into a pass.
 */
class UnknownNeverContradictsTest {
    private static final RuleSet RULES = Invar.compile(String.join("\n", List.of(
            "every az with alb_node has healthy_targets >= 1",
            "every lb_node has healthy_targets >= 1",
            "every ecs_service with load_balancer has desired_count >= count(distinct subnet.az)",
            "every ecs_service as svc with load_balancer has every subnet has az in svc.load_balancer.subnet.az",
            "every load_balancer has count(distinct subnet.az) >= 2",
            "every auto_scaling_group has min_size >= count(distinct az)",
            "every az has running_tasks >= 1",
            "every az has count(subnet) <= 1",
            "at least 2 az with alb_node",
            "at most 2 az with subnet",
            "exactly 2 az",
            "every ecs_service has az_count >= 2",
            "no az with lb_node has healthy_targets == 0",
            "every az with lb_node has count(target where health == \"predicted\") >= 1",
            "some ecs_service as s has every subnet has az in s.load_balancer.subnet.az",
            "every ecs_service has uneven_tasks == 0")));

    private static Gen<List<Integer>> dna() {
        return lists().of(integers().between(0, 1000)).ofSizeBetween(8, 60);
    }

    @Test
    void hidingZonesNeverGivesAVerdictTheKnownModelContradicts() {
        qt().withExamples(400).forAll(dna()).checkAssert(numbers -> {
            Infrastructure known = new Infrastructure(numbers);
            List<RuleResult> full = RULES.evaluate(known.render(false, null).build()).results();
            List<RuleResult> partial = RULES.evaluate(known.render(true, null).build()).results();
            for (int r = 0; r < full.size(); r++) {
                agree(full.get(r), partial.get(r), known);
            }
        });
    }

    @Test
    void anEntityThatMayExistNeverTurnsAFailureOrAnUnknownIntoAPass() {
        qt().withExamples(400).forAll(dna(), integers().between(0, 1000)).checkAssert((numbers, extra) -> {
            Infrastructure infra = new Infrastructure(numbers);
            List<RuleResult> before = RULES.evaluate(infra.render(numbers.get(0) % 2 == 0, null).build()).results();
            List<RuleResult> after = RULES.evaluate(infra.render(numbers.get(0) % 2 == 0, extra).build()).results();
            for (int r = 0; r < before.size(); r++) {
                Verdict b = before.get(r).verdict();
                if (b == Verdict.FAIL || b == Verdict.UNKNOWN) {
                    assertNotEquals(Verdict.PASS, after.get(r).verdict(), before.get(r).invariant() + "\n" + infra);
                }
            }
        });
    }

    private static void agree(RuleResult known, RuleResult partial, Infrastructure infra) {
        String what = partial.invariant() + ": known " + known.verdict() + ", hidden " + partial.verdict() + "\n" + infra;
        switch (partial.verdict()) {
            case PASS -> assertTrue(known.verdict() == Verdict.PASS, what);
            case FAIL -> assertTrue(known.verdict() == Verdict.FAIL, what);
            case SKIP -> assertTrue(known.verdict() == Verdict.SKIP || known.verdict() == Verdict.PASS, what);
            default -> {
            }
        }
    }

    /** A generated infrastructure, decoded from numbers so that QuickTheories can shrink it. */
    private static final class Infrastructure {
        final int zones;
        final List<Integer> subnetZone = new ArrayList<>();
        final List<Boolean> hidden = new ArrayList<>();
        final List<List<Integer>> lbSubnets = new ArrayList<>();
        final List<Boolean> lbApplication = new ArrayList<>();
        final List<Integer> lbTargetGroup = new ArrayList<>();
        final List<List<Integer>> serviceSubnets = new ArrayList<>();
        final List<Long> serviceDesired = new ArrayList<>();
        final List<Long> serviceMin = new ArrayList<>();
        final List<Integer> serviceTargetGroup = new ArrayList<>();
        final List<Integer> groupSubnets = new ArrayList<>();
        long groupMin = -1;
        int groupTargetGroup;
        private final List<Integer> numbers;
        private int at;

        Infrastructure(List<Integer> numbers) {
            this.numbers = numbers;
            zones = 2 + next(2);
            int subnets = 2 + next(4);
            for (int s = 0; s < subnets; s++) {
                subnetZone.add(next(zones));
                hidden.add(next(3) == 0);
            }
            int lbs = 1 + next(2);
            for (int l = 0; l < lbs; l++) {
                Set<Integer> usedZones = new LinkedHashSet<>();
                List<Integer> chosen = new ArrayList<>();
                int want = 1 + next(3);
                for (int k = 0; k < want; k++) {
                    int s = next(subnets);
                    if (usedZones.add(subnetZone.get(s))) {
                        chosen.add(s); // AWS takes one subnet per zone
                    }
                }
                lbSubnets.add(chosen);
                lbApplication.add(next(3) != 0);
                lbTargetGroup.add(next(2));
            }
            int services = next(3);
            for (int v = 0; v < services; v++) {
                serviceSubnets.add(distinct(subnets, 1 + next(3)));
                serviceDesired.add((long) next(4));
                serviceMin.add(next(3) == 0 ? (long) next(3) : -1L);
                serviceTargetGroup.add(next(2));
            }
            if (next(2) == 0) {
                groupSubnets.addAll(distinct(subnets, 1 + next(3)));
                groupMin = next(3);
                groupTargetGroup = next(2);
            }
        }

        private List<Integer> distinct(int bound, int n) {
            Set<Integer> chosen = new LinkedHashSet<>();
            for (int k = 0; k < n; k++) {
                chosen.add(next(bound));
            }
            return List.copyOf(chosen);
        }

        private int next(int bound) {
            int n = numbers.get(at++ % numbers.size());
            return n % bound;
        }

        /**
         * @param hide whether the subnets marked hidden lose their zone (half of them with a reason)
         * @param extra a number choosing an entity of unknown existence to add, or null
         */
        ModelBuilder render(boolean hide, Integer extra) {
            ModelBuilder b = Model.builder();
            for (int z = 0; z < zones; z++) {
                b.entity("az", "z" + z).set("name", "z" + z);
            }
            for (int s = 0; s < subnetZone.size(); s++) {
                EntityBuilder subnet = b.entity("subnet", "s" + s);
                if (!hide || !hidden.get(s)) {
                    subnet.relate("az", "z" + subnetZone.get(s));
                } else if (s % 2 == 0) {
                    subnet.unknownRelation("az", "hidden");
                }
            }
            b.entity("target_group", "tg0");
            b.entity("target_group", "tg1");
            for (int l = 0; l < lbSubnets.size(); l++) {
                b.entity("load_balancer", "lb" + l).set("type", lbApplication.get(l) ? "application" : "network")
                        .relate("subnet", ids("s", lbSubnets.get(l)));
                b.entity("listener", "lb" + l + "-l").relate("load_balancer", "lb" + l)
                        .relate("target_group", "tg" + lbTargetGroup.get(l));
            }
            for (int v = 0; v < serviceSubnets.size(); v++) {
                EntityBuilder svc = b.entity("ecs_service", "svc" + v).set("desired_count", serviceDesired.get(v))
                        .set("scheduling_strategy", "REPLICA")
                        .relate("subnet", ids("s", serviceSubnets.get(v)))
                        .relate("target_group", "tg" + serviceTargetGroup.get(v));
                if (serviceMin.get(v) >= 0) {
                    svc.set("min_capacity", serviceMin.get(v));
                }
            }
            if (groupMin >= 0) {
                b.entity("auto_scaling_group", "asg").set("min_size", groupMin).set("desired_capacity", groupMin + 1)
                        .relate("subnet", ids("s", groupSubnets));
                b.find("target_group", "tg" + groupTargetGroup).orElseThrow().relate("auto_scaling_group", "asg");
            }
            if (extra != null) {
                addMaybe(b, extra);
            }
            return b;
        }

        /** One entity whose existence is unknown: a service, a load balancer, a subnet or a target group. */
        private void addMaybe(ModelBuilder b, int extra) {
            String reason = "count cannot be evaluated";
            int subnets = subnetZone.size();
            switch (extra % 4) {
                case 0 -> b.entity("ecs_service", "maybe-svc").existenceUnknown(reason).set("desired_count", (long) (extra / 4 % 3))
                        .set("scheduling_strategy", "REPLICA").relate("subnet", "s" + extra % subnets)
                        .relate("target_group", "tg" + extra / 7 % 2);
                case 1 -> {
                    b.entity("load_balancer", "maybe-lb").existenceUnknown(reason).set("type", "application")
                            .relate("subnet", "s" + extra % subnets);
                    b.entity("listener", "maybe-l").existenceUnknown(reason).relate("load_balancer", "maybe-lb")
                            .relate("target_group", "tg" + extra / 7 % 2);
                }
                case 2 -> b.entity("subnet", "maybe-subnet").existenceUnknown(reason).relate("az", "z" + extra % zones);
                default -> b.entity("target_group", "maybe-tg").existenceUnknown(reason);
            }
        }

        private static List<String> ids(String prefix, List<Integer> indices) {
            return indices.stream().map(i -> prefix + i).toList();
        }

        @Override
        public String toString() {
            return "zones " + zones + ", subnet zones " + subnetZone + ", hidden " + hidden + ", lb subnets " + lbSubnets
                    + " application " + lbApplication + " tg " + lbTargetGroup + ", services " + serviceSubnets
                    + " desired " + serviceDesired + " min " + serviceMin + " tg " + serviceTargetGroup + ", group "
                    + groupSubnets + " min " + groupMin + " tg " + groupTargetGroup;
        }
    }

}
