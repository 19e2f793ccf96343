package org.invar.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Optional;
import org.invar.agreement.Infra.Balancer;
import org.invar.agreement.Infra.Database;
import org.invar.agreement.Infra.Group;
import org.invar.agreement.Infra.Rule;
import org.invar.agreement.Infra.RuleStyle;
import org.invar.agreement.Infra.ScalingGroup;
import org.invar.agreement.Infra.Service;
import org.invar.agreement.Infra.Subnet;
import org.invar.agreement.Infra.TargetType;
import org.invar.model.EntityTable;
import org.invar.model.Model;
import org.invar.report.Finding;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;
import org.invar.stdlib.Stdlib;
import org.junit.jupiter.api.Test;

/**
 * The shrunk counterexamples the properties found while the adapters disagreed, kept so that
 * they stay fixed. Each names the adapter that was wrong and what it does now. Besides them, the
 * seed over subnets without zones, on which the adapters agreed from the start: it pins down
 * what both must give there, not only that they agree.
 */
class AgreementRegressionTest {
    private static final List<Subnet> ONE_SUBNET = List.of(new Subnet(0, true, false));
    private static final List<Subnet> TWO_ZONES = List.of(new Subnet(0, true, false), new Subnet(1, false, false));

    private static Infra network(List<Subnet> subnets, boolean igw, List<Group> groups) {
        return new Infra(2, subnets, igw, List.of(), List.of(), groups, Optional.empty(), false, List.of(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static void assertAgree(Infra infra) {
        Renderings r = Renderings.of(infra);
        CanonicalForm canon = Agreement.canonical(r);
        assertEquals(List.of(), canon.differences(), r::show);
        assertEquals(List.of(), Verdicts.differences(Stdlib.rules(), r, canon), r::show);
    }

    @Test
    void anInternetGatewayIsPublicInBoth() {
        // CloudFormation left connectivity_type out; Terraform (and live AWS) say public.
        assertAgree(network(ONE_SUBNET, true, List.of()));
    }

    @Test
    void aRuleForAllProtocolsCoversEveryPortInBoth() {
        // Terraform kept from_port = to_port = 0 (or no ports) of a "-1" rule; CloudFormation and AWS: 0 to 65535.
        for (RuleStyle style : RuleStyle.values()) {
            assertAgree(network(ONE_SUBNET, false, List.of(new Group("group-0",
                    List.of(new Rule("-1", -1, -1, "0.0.0.0/0", -1)), false, style))));
        }
    }

    @Test
    void anHttpTargetGroupChecksTheRootPathByDefaultInBoth() {
        // CloudFormation left health_check_path out when HealthCheckPath was not given; ELBv2 checks "/".
        assertAgree(new Infra(2, TWO_ZONES, false, List.of(), List.of(), List.of(),
                Optional.of(new Balancer(false, false, List.of(0, 1), false, List.of(), TargetType.IP, "", true)),
                false, List.of(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void aScalingGroupRebalancesNoCapacityByDefaultInBoth() {
        // Terraform left capacity_rebalance absent when the plan had it null; AWS's default is off.
        assertAgree(new Infra(1, ONE_SUBNET, false, List.of(), List.of(), List.of(), Optional.empty(), false, List.of(),
                Optional.of(new ScalingGroup(0, Optional.empty(), 0, List.of(0), false, "t3.micro")),
                Optional.empty(), Optional.empty()));
    }

    @Test
    void theSeedFailsInBothSymbolicZonesOfAnAlbOnSubnetsWithoutZones() {
        // One task behind an ALB on two subnets whose zones AWS picks: the nodes are in two
        // different zones, not known which, and each zone is guaranteed floor(1 / 2) = 0 targets.
        List<Subnet> noZones = List.of(new Subnet(0, true, false, false), new Subnet(1, true, false, false));
        Infra seed = new Infra(2, noZones, false, List.of(), List.of(), List.of(),
                Optional.of(new Balancer(false, false, List.of(0, 1), false, List.of(), TargetType.IP, "", true)), true,
                List.of(new Service("svc-0", 1, List.of(0, 1), List.of(), true, false)),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertAgree(seed);
        Renderings r = Renderings.of(seed);
        for (Model model : List.of(r.cloudFormation(), r.terraform())) {
            RuleResult result = Stdlib.rules().evaluate(model, false).result("az-with-alb-node-has-healthy-target");
            assertEquals(Verdict.FAIL, result.verdict(), r::show);
            assertEquals(2, result.failed(), r::show);
            EntityTable azs = model.table("az");
            for (Finding f : result.findings()) {
                int zone = azs.find(f.entity().id()).orElseThrow();
                assertNotNull(azs.symbolic(zone), () -> f.entity() + " is not a symbolic zone\n" + r.show());
            }
        }
    }

    @Test
    void aDatabaseHasItsEnginesPortAndAZoneRdsPicksInBoth() {
        // Terraform had the port unknown after apply (the engine's default is certain); CloudFormation
        // had the instance in no zone when AvailabilityZone was not given (RDS picks one: unknown).
        assertAgree(new Infra(2, TWO_ZONES, false, List.of(), List.of(), List.of(), Optional.empty(), false, List.of(),
                Optional.empty(), Optional.of(new Database(List.of(0, 1), false, false, false, List.of())),
                Optional.empty()));
    }
}
