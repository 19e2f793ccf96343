package org.invar.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.invar.Invar;
import org.invar.RuleSet;
import org.invar.model.Model;
import org.invar.report.Report;
import org.invar.report.Verdict;
import org.invar.spi.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Subnets given as parameters without a value: each is a stand-in subnet named after its
 * parameter, in no known zone, pointing at the parameter's declaration; a list parameter gives
 * the elements it certainly has, and its relation says more may follow. With a value, the
 * subnets are the ids given.
 */
class ParameterSubnetsTest {
    @TempDir
    Path dir;

    private static final String TWO_PARAMETERS = String.join("\n",
            "Parameters:",
            "  Subnet1: {Type: String}",
            "  Subnet2: {Type: 'AWS::EC2::Subnet::Id'}",
            "Resources:",
            "  Alb:",
            "    Type: AWS::ElasticLoadBalancingV2::LoadBalancer",
            "    Properties: {Subnets: [!Ref Subnet1, !Ref Subnet2]}",
            "  Listener:",
            "    Type: AWS::ElasticLoadBalancingV2::Listener",
            "    Properties:",
            "      LoadBalancerArn: !Ref Alb",
            "      Port: 80",
            "      Protocol: HTTP",
            "      DefaultActions: [{Type: forward, TargetGroupArn: !Ref Tg}]",
            "  Tg: {Type: AWS::ElasticLoadBalancingV2::TargetGroup, Properties: {Port: 80, Protocol: HTTP}}",
            "  Service:",
            "    Type: AWS::ECS::Service",
            "    Properties:",
            "      DesiredCount: 2",
            "      LoadBalancers: [{TargetGroupArn: !Ref Tg, ContainerPort: 80}]",
            "      NetworkConfiguration:",
            "        AwsvpcConfiguration: {Subnets: [!Ref Subnet1, !Ref Subnet2]}",
            "");

    private static final String LIST_PARAMETER = String.join("\n",
            "Parameters:",
            "  Subnets: {Type: 'List<AWS::EC2::Subnet::Id>'}",
            "  Names: {Type: CommaDelimitedList}",
            "Resources:",
            "  Alb:",
            "    Type: AWS::ElasticLoadBalancingV2::LoadBalancer",
            "    Properties: {Subnets: !Ref Subnets}",
            "  Service:",
            "    Type: AWS::ECS::Service",
            "    Properties:",
            "      NetworkConfiguration:",
            "        AwsvpcConfiguration: {Subnets: !Ref Subnets}",
            "  Group:",
            "    Type: AWS::AutoScaling::AutoScalingGroup",
            "    Properties: {MinSize: 1, MaxSize: 2, VPCZoneIdentifier: !Ref Names}",
            "  Instance:",
            "    Type: AWS::EC2::Instance",
            "    Properties: {SubnetId: !Select [2, !Ref Names]}",
            "");

    private Model load(String text, Map<String, String> params) {
        return Models.inline(dir, "template.yml", text, params, null);
    }

    @Test
    void aParameterWithoutAValueIsOneStandInSubnetWhereverItIsUsed() {
        Model m = load(TWO_PARAMETERS, Map.of());
        assertEquals(List.of("Subnet1", "Subnet2"), Models.related(m, "load_balancer", "Alb", "subnet"));
        assertEquals(List.of("Subnet1", "Subnet2"), Models.related(m, "ecs_service", "Service", "subnet"));
        assertNull(Models.unknownRelation(m, "load_balancer", "Alb", "subnet"));
        // In a zone of its own, which the engine gives it: the adapter invents none.
        assertEquals(List.of("zone of Subnet1"), Models.related(m, "subnet", "Subnet1", "az"));
        assertEquals("Subnet1 is outside the template (parameter Subnet1 has no value)", Models.zoneCause(m, "Subnet1"));
        assertEquals(2, Models.origin(m, "subnet", "Subnet1").line());
        assertEquals(3, Models.origin(m, "subnet", "Subnet1").column());
        assertEquals("Subnet1", Models.origin(m, "subnet", "Subnet1").resource());
        assertEquals(3, Models.origin(m, "subnet", "Subnet2").line());
        assertEquals(List.of("Subnet1", "Subnet2"), Models.ids(m, "subnet"));
    }

    @Test
    void theZonesOfTheParameterSubnetsAreJudgedNotSkipped() {
        // Two tasks over the two subnets of an ALB, in two different zones: one in each.
        RuleSet zones = Invar.compile("every az with alb_node has healthy_targets >= 1");
        Report two = zones.evaluate(load(TWO_PARAMETERS, Map.of()));
        assertEquals(Verdict.PASS, two.results().get(0).verdict(), two.results()::toString);
        assertEquals(2, two.results().get(0).passed());
        Report one = zones.evaluate(load(TWO_PARAMETERS.replace("DesiredCount: 2", "DesiredCount: 1"), Map.of()));
        assertEquals(Verdict.FAIL, one.results().get(0).verdict());
        assertEquals(List.of("zone of Subnet1", "zone of Subnet2"),
                one.violations().stream().map(f -> f.entity().id()).sorted().toList());
    }

    @Test
    void aListThatMayBeLongerLeavesTheZonesUnknown() {
        // Subnets[0] and Subnets[1] are two zones of the ALB, but it may have more, which may
        // hold no task: unknown, never a pass.
        Report report = Invar.compile("every az with alb_node has healthy_targets >= 1").evaluate(load(
                LIST_PARAMETER.replace("      NetworkConfiguration:", "      DesiredCount: 4\n      LoadBalancers:"
                        + " [{TargetGroupArn: !Ref Tg, ContainerPort: 80}]\n      NetworkConfiguration:")
                        + String.join("\n",
                        "  Listener:",
                        "    Type: AWS::ElasticLoadBalancingV2::Listener",
                        "    Properties:",
                        "      LoadBalancerArn: !Ref Alb",
                        "      Port: 80",
                        "      Protocol: HTTP",
                        "      DefaultActions: [{Type: forward, TargetGroupArn: !Ref Tg}]",
                        "  Tg: {Type: AWS::ElasticLoadBalancingV2::TargetGroup, Properties: {Port: 80, Protocol: HTTP}}",
                        ""), Map.of()));
        assertEquals(Verdict.UNKNOWN, report.results().get(0).verdict(), report.results()::toString);
        String reason = report.unknowns().get(0).reason().orElseThrow();
        assertTrue(reason.contains("parameter Subnets has no value: it may list more subnets"), reason);
    }

    @Test
    void aListParameterGivesTheSubnetsItCertainlyHasAndMayHaveMore() {
        Model m = load(LIST_PARAMETER, Map.of());
        // An application load balancer needs two subnets, so the list has at least two.
        assertEquals(List.of("Subnets[0]", "Subnets[1]"), Models.related(m, "load_balancer", "Alb", "subnet"));
        assertEquals("parameter Subnets has no value: it may list more subnets",
                Models.unknownRelation(m, "load_balancer", "Alb", "subnet"));
        assertEquals(List.of("Subnets[0]", "Subnets[1]"), Models.related(m, "ecs_service", "Service", "subnet"));
        assertEquals("parameter Subnets has no value: it may list more subnets",
                Models.unknownRelation(m, "ecs_service", "Service", "subnet"));
        // !Select [2, !Ref Names] says Names has three; that Select is Names[2].
        assertEquals(List.of("Names[0]", "Names[1]", "Names[2]"),
                Models.related(m, "auto_scaling_group", "Group", "subnet"));
        assertEquals(List.of("Names[2]"), Models.related(m, "instance", "Instance", "subnet"));
        assertEquals("item 3 of parameter Names is outside the template (parameter Names has no value)",
                Models.zoneCause(m, "Names[2]"));
    }

    @Test
    void aListUsedOnlyWhereOneSubnetIsEnoughGivesOne() {
        Model m = load(String.join("\n",
                "Parameters:",
                "  Subnets: {Type: 'List<AWS::EC2::Subnet::Id>'}",
                "Resources:",
                "  Group:",
                "    Type: AWS::AutoScaling::AutoScalingGroup",
                "    Properties: {MinSize: 1, MaxSize: 2, VPCZoneIdentifier: !Ref Subnets}",
                "  Nlb:",
                "    Type: AWS::ElasticLoadBalancingV2::LoadBalancer",
                "    Properties: {Type: network, Subnets: !Ref Subnets}",
                ""), Map.of());
        assertEquals(List.of("Subnets[0]"), Models.related(m, "auto_scaling_group", "Group", "subnet"));
        assertEquals(List.of("Subnets[0]"), Models.related(m, "load_balancer", "Nlb", "subnet"));
    }

    @Test
    void withValuesTheSubnetsAreTheIdsGiven() {
        Model m = load(LIST_PARAMETER, Map.of("Subnets", "subnet-a,subnet-b,subnet-c", "Names", "subnet-a,subnet-b,subnet-c"));
        assertEquals(List.of("subnet-a", "subnet-b", "subnet-c"), Models.related(m, "load_balancer", "Alb", "subnet"));
        assertNull(Models.unknownRelation(m, "load_balancer", "Alb", "subnet"));
        assertEquals(List.of("subnet-c"), Models.related(m, "instance", "Instance", "subnet"));
        Model one = load(TWO_PARAMETERS, Map.of("Subnet1", "subnet-1", "Subnet2", "subnet-2"));
        assertEquals(List.of("subnet-1", "subnet-2"), Models.related(one, "load_balancer", "Alb", "subnet"));
    }

    @Test
    void selectingPastTheEndOfAListWithAValueIsALocatedError() {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> load(LIST_PARAMETER,
                Map.of("Names", "subnet-a,subnet-b")));
        assertEquals(dir.resolve("template.yml") + ":18:37: error: Fn::Select index 2 is past the end of a list of 2",
                e.getMessage());
    }

    @Test
    void aStringParameterStaysUnknownAsAValue() {
        Model m = load(String.join("\n",
                "Parameters:",
                "  Name: {Type: String}",
                "Resources:",
                "  Cluster: {Type: AWS::ECS::Cluster, Properties: {ClusterName: !Ref Name}}",
                ""), Map.of());
        assertEquals("unknown: parameter Name has no value", Models.plain(m, "ecs_cluster", "Cluster", "name"));
    }
}
