package org.invar.aws.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ecs.model.Task;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AvailabilityZone;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;

/**
 * The addresses of a region's IP targets that an ECS task's attachment cannot place, so only
 * EC2's network interfaces can: targets of {@code ip} target groups registered without a zone
 * (a registered zone places a target by itself), whose IPv4 address no task of the region holds
 * in the target group's VPC with a zone to give (its own, or its subnet's). IPv6 targets are left
 * out: the address filter is IPv4 only. The mapping places targets by the same rule, so what it
 * needs from EC2 is exactly what is asked.
 */
final class UnplacedAddresses {
    private UnplacedAddresses() {
    }

    /** Sorted, each once. */
    static List<String> of(Ec2Snapshot ec2, ElbSnapshot elb, EcsSnapshot ecs) {
        Map<String, String> vpcOfSubnet = new HashMap<>();
        Set<String> subnetsWithZone = new HashSet<>();
        for (Subnet s : ec2.subnets().orElse(List.of())) {
            vpcOfSubnet.put(s.subnetId(), s.vpcId());
            if (s.availabilityZone() != null) {
                subnetsWithZone.add(s.subnetId());
            }
        }
        for (LoadBalancer lb : elb.loadBalancers().orElse(List.of())) {
            for (AvailabilityZone z : lb.availabilityZones()) {
                if (z.subnetId() != null && z.zoneName() != null) {
                    subnetsWithZone.add(z.subnetId());
                }
            }
        }
        Map<String, List<String>> taskVpcsByIp = taskVpcsByIp(ecs, vpcOfSubnet, subnetsWithZone);
        Set<String> unplaced = new TreeSet<>();
        for (TargetGroup tg : elb.targetGroups().orElse(List.of())) {
            Fetched<List<TargetHealthDescription>> health = elb.targetHealth().get(tg.targetGroupArn());
            if (!"ip".equals(tg.targetTypeAsString()) || health == null || !health.isOk()) {
                continue;
            }
            for (TargetHealthDescription d : health.get()) {
                TargetDescription t = d.target();
                if (t.availabilityZone() == null && t.id() != null && !t.id().contains(":")
                        && !heldByTask(taskVpcsByIp.get(t.id()), tg.vpcId())) {
                    unplaced.add(t.id());
                }
            }
        }
        return List.copyOf(unplaced);
    }

    /**
     * The VPC of each task holding an address, when the task can give a zone; null in the list
     * when its subnet's VPC was not read (then it is taken to be the target group's).
     */
    private static Map<String, List<String>> taskVpcsByIp(EcsSnapshot ecs, Map<String, String> vpcOfSubnet,
                                                          Set<String> subnetsWithZone) {
        Map<String, List<String>> byIp = new HashMap<>();
        for (EcsClusterSnapshot cluster : ecs.byCluster().values()) {
            for (Task task : cluster.tasks().orElse(List.of())) {
                TaskNetworkInterface.of(task).ifPresent(eni -> {
                    boolean placeable = task.availabilityZone() != null || subnetsWithZone.contains(eni.subnetId());
                    if (eni.privateIpv4Address() != null && placeable) {
                        byIp.computeIfAbsent(eni.privateIpv4Address(), k -> new ArrayList<>())
                                .add(eni.subnetId() == null ? null : vpcOfSubnet.get(eni.subnetId()));
                    }
                });
            }
        }
        return byIp;
    }

    private static boolean heldByTask(List<String> taskVpcs, String targetGroupVpc) {
        return taskVpcs != null && taskVpcs.stream().anyMatch(v -> v == null || targetGroupVpc == null
                || v.equals(targetGroupVpc));
    }
}
