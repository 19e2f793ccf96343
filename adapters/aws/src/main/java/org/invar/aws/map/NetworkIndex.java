package org.invar.aws.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What joins live resources to zones: each instance's zone, each subnet's VPC, CIDR and zone, and
 * the network interface of each ECS task (its private IP, subnet and zone), so a target
 * registered by IP finds its zone.
 */
final class NetworkIndex {
    private final Map<String, String> instanceZones = new HashMap<>();
    private final Map<String, String> instanceSubnets = new HashMap<>();
    private final Map<String, List<SubnetRange>> subnetsByVpc = new HashMap<>();
    private final Map<String, String> subnetZones = new HashMap<>();
    private final Map<String, String> subnetVpcs = new HashMap<>();
    private final Map<String, List<TaskAddress>> tasksByIp = new HashMap<>();
    private final Map<String, String> tasksUnread = new HashMap<>();
    private final Map<String, List<String>> loadBalancerZones = new HashMap<>();

    private record SubnetRange(String subnet, Ipv4Cidr cidr) {
    }

    /**
     * An ECS task's private IP as its network interface attachment gives it.
     *
     * @param subnet the attachment's subnet, or null
     * @param zone the zone the task reports, or null
     */
    record TaskAddress(String subnet, String zone) {
    }

    void instance(String id, String zone, String subnet) {
        if (zone != null) {
            instanceZones.put(id, zone);
        }
        if (subnet != null) {
            instanceSubnets.put(id, subnet);
        }
    }

    Optional<String> instanceZone(String id) {
        return Optional.ofNullable(instanceZones.get(id));
    }

    Optional<String> instanceSubnet(String id) {
        return Optional.ofNullable(instanceSubnets.get(id));
    }

    void subnet(String id, String vpc, String cidr, String zone) {
        if (zone != null) {
            subnetZones.put(id, zone);
        }
        if (vpc != null) {
            subnetVpcs.put(id, vpc);
        }
        Ipv4Cidr.parse(cidr).ifPresent(c -> subnetsByVpc.computeIfAbsent(vpc, k -> new ArrayList<>())
                .add(new SubnetRange(id, c)));
    }

    Optional<String> subnetZone(String id) {
        return Optional.ofNullable(subnetZones.get(id));
    }

    Optional<String> subnetVpc(String id) {
        return Optional.ofNullable(subnetVpcs.get(id));
    }

    /** The subnet of the VPC whose CIDR holds the address (the most specific, should two overlap). */
    Optional<String> subnetHolding(String vpc, String ip) {
        Optional<Long> address = Ipv4Cidr.address(ip);
        if (address.isEmpty() || vpc == null) {
            return Optional.empty();
        }
        SubnetRange best = null;
        for (SubnetRange r : subnetsByVpc.getOrDefault(vpc, List.of())) {
            if (r.cidr().contains(address.get()) && (best == null || r.cidr().prefix() > best.cidr().prefix())) {
                best = r;
            }
        }
        return Optional.ofNullable(best).map(SubnetRange::subnet);
    }

    /** Keyed by account and region too: private IPs repeat across VPCs of different accounts. */
    void taskAddress(String scopeKey, String ip, TaskAddress address) {
        tasksByIp.computeIfAbsent(scopeKey + " " + ip, k -> new ArrayList<>()).add(address);
    }

    /** The tasks of that account and region whose interface holds the IP (of any VPC: IPs repeat across VPCs). */
    List<TaskAddress> taskAddresses(String scopeKey, String ip) {
        return tasksByIp.getOrDefault(scopeKey + " " + ip, List.of());
    }

    /** Some tasks of that account and region were not read (ListTasks or DescribeTasks failed), and why. */
    void tasksUnread(String scopeKey, String reason) {
        tasksUnread.putIfAbsent(scopeKey, reason);
    }

    /** Why a task not found holding an IP may still hold it. */
    Optional<String> tasksUnread(String scopeKey) {
        return Optional.ofNullable(tasksUnread.get(scopeKey));
    }

    void loadBalancerZones(String lb, List<String> zones) {
        loadBalancerZones.put(lb, List.copyOf(zones));
    }

    List<String> loadBalancerZones(String lb) {
        return loadBalancerZones.getOrDefault(lb, List.of());
    }
}
