package org.invar.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.invar.Invar;
import org.invar.model.Model;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A target group's own {@code Targets}: predicted targets, their port and their zone. */
class TargetGroupTargetsTest {
    // The target group comes before the instances it names, and the second instance takes its
    // zone from its subnet: a target's zone waits for its instance's.
    private static final String TEMPLATE = """
            Resources:
              Group:
                Type: AWS::ElasticLoadBalancingV2::TargetGroup
                Properties:
                  Port: 8080
                  Protocol: HTTP
                  VpcId: vpc-1
                  Targets:
                    - Id: !Ref First
                    - Id: !Ref Second
                      Port: 9090
                    - Id: 10.0.0.7
                      AvailabilityZone: !Select [1, !GetAZs ""]
                    - Id: 10.0.0.8
              First:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-1
                  AvailabilityZone: !Select [0, !GetAZs ""]
              Second:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-1
                  SubnetId: !Ref Subnet
              Subnet:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: vpc-1
                  CidrBlock: 10.0.1.0/24
                  AvailabilityZone: !Select [1, !GetAZs ""]
            """;

    /** Subnets of two zones, an ALB in them, and a listener forwarding to the group. */
    private static final String ALB = """
            Resources:
              Other:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: vpc-1
                  CidrBlock: 10.0.0.0/24
                  AvailabilityZone: !Select [0, !GetAZs ""]
              Alb:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties:
                  Subnets: [!Ref Other, !Ref Subnet]
              Listener:
                Type: AWS::ElasticLoadBalancingV2::Listener
                Properties:
                  LoadBalancerArn: !Ref Alb
                  Port: 80
                  Protocol: HTTP
                  DefaultActions:
                    - Type: forward
                      TargetGroupArn: !Ref Group
            """;

    @TempDir
    Path dir;

    @Test
    void targetsArePredictedOnTheirPortInTheirInstancesZone() {
        Model m = Models.inline(dir, "targets.yml", TEMPLATE, Map.of(), null);
        assertEquals(List.of("Group/target/1", "Group/target/2", "Group/target/3", "Group/target/4"),
                Models.related(m, "target_group", "Group", "target"));
        assertEquals("predicted", Models.plain(m, "target", "Group/target/1", "health"));
        assertEquals(8080L, Models.plain(m, "target", "Group/target/1", "port"));
        assertEquals(9090L, Models.plain(m, "target", "Group/target/2", "port"));
        assertEquals(Models.related(m, "instance", "First", "az"), Models.related(m, "target", "Group/target/1", "az"));
        assertEquals(Models.related(m, "subnet", "Subnet", "az"), Models.related(m, "target", "Group/target/2", "az"));
        assertEquals(Models.related(m, "subnet", "Subnet", "az"), Models.related(m, "target", "Group/target/3", "az"));
        assertEquals("the target 10.0.0.8 is not an instance whose AZ this template tells",
                Models.unknownRelation(m, "target", "Group/target/4", "az"));
        assertEquals(2, Models.ids(m, "az").size(), () -> Models.ids(m, "az").toString());
    }

    @Test
    void targetsCountTowardTheirZonesHealthyTargets() {
        String behindAnAlb = ALB + TEMPLATE.substring("Resources:\n".length());
        RuleResult withUnplaced = seedRule(Models.inline(dir, "alb.yml", behindAnAlb, Map.of(), null));
        assertEquals(Verdict.UNKNOWN, withUnplaced.verdict(), withUnplaced::toString);
        assertEquals(2, withUnplaced.unknown(), "a target in an unknown zone could be in either");
        RuleResult placed = seedRule(Models.inline(dir, "placed.yml", behindAnAlb.replace("        - Id: 10.0.0.8\n", ""),
                Map.of(), null));
        assertEquals(Verdict.PASS, placed.verdict(), placed::toString);
        assertEquals(2, placed.passed());
    }

    private static RuleResult seedRule(Model m) {
        return Invar.compile("every az with alb_node has healthy_targets >= 1").evaluate(m).results().get(0);
    }
}
