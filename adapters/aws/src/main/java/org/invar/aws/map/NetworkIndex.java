package org.invar.aws.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What joins live resources to zones: each instance's zone, each subnet's CIDR and zone (by VPC),
 * and each ECS task's private IP and zone, so a target registered by IP finds its zone.
 */
final class NetworkIndex {
    private final Map<String, String> instanceZones = new HashMap<>();
    private final Map<String, String> instanceSubnets = new HashMap<>();
    private final Map<String, List<SubnetRange>> subnetsByVpc = new HashMap<>();
    private final Map<String, String> subnetZones = new HashMap<>();
    private final Map<String, String> taskZonesByIp = new HashMap<>();
    private final Map<String, List<String>> loadBalancerZones = new HashMap<>();

    private record SubnetRange(String subnet, Ipv4Cidr cidr) {
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
        Ipv4Cidr.parse(cidr).ifPresent(c -> subnetsByVpc.computeIfAbsent(vpc, k -> new ArrayList<>())
                .add(new SubnetRange(id, c)));
    }

    Optional<String> subnetZone(String id) {
        return Optional.ofNullable(subnetZones.get(id));
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
    void taskIp(String scopeKey, String ip, String zone) {
        taskZonesByIp.put(scopeKey + " " + ip, zone);
    }

    Optional<String> taskZone(String scopeKey, String ip) {
        return Optional.ofNullable(taskZonesByIp.get(scopeKey + " " + ip));
    }

    void loadBalancerZones(String lb, List<String> zones) {
        loadBalancerZones.put(lb, List.copyOf(zones));
    }

    List<String> loadBalancerZones(String lb) {
        return loadBalancerZones.getOrDefault(lb, List.of());
    }
}
