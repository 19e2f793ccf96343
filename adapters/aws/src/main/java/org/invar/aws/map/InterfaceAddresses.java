package org.invar.aws.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.invar.aws.scan.NetworkInterfacesSnapshot;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;
import software.amazon.awssdk.services.ec2.model.NetworkInterfacePrivateIpAddress;

/**
 * The network interfaces of one region that hold IP targets' addresses, by address, as
 * DescribeNetworkInterfaces gave them; and, for an address none holds, what was learnt: the call
 * failed, found nothing in that VPC, or was not asked about it.
 */
final class InterfaceAddresses {
    private static final String ACTION = "ec2:DescribeNetworkInterfaces";

    /**
     * The interface holding an address.
     *
     * @param zoneName its zone's name, {@code us-east-1a}, or null
     * @param zoneId its zone's id, {@code use1-az1}, or null
     */
    record Holder(String networkInterface, String vpc, String subnet, String zoneName, String zoneId) {
    }

    private final NetworkInterfacesSnapshot snapshot;
    private final Map<String, List<Holder>> byIp = new HashMap<>();

    InterfaceAddresses(NetworkInterfacesSnapshot snapshot) {
        this.snapshot = snapshot;
        for (NetworkInterface ni : snapshot.interfaces().orElse(List.of())) {
            Holder holder = new Holder(ni.networkInterfaceId(), ni.vpcId(), ni.subnetId(), ni.availabilityZone(),
                    ni.availabilityZoneId());
            List<String> ips = new ArrayList<>();
            ni.privateIpAddresses().stream().map(NetworkInterfacePrivateIpAddress::privateIpAddress)
                    .filter(Objects::nonNull).forEach(ips::add);
            if (ni.privateIpAddress() != null && !ips.contains(ni.privateIpAddress())) {
                ips.add(ni.privateIpAddress());
            }
            ips.forEach(ip -> byIp.computeIfAbsent(ip, k -> new ArrayList<>()).add(holder));
        }
    }

    /**
     * The interface of the VPC that holds the address. Addresses repeat across VPCs, so one of
     * another VPC does not count; without a VPC to match, only an address one interface holds does.
     */
    Optional<Holder> holding(String vpc, String ip) {
        List<Holder> holders = byIp.getOrDefault(ip, List.of());
        if (vpc == null) {
            return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
        }
        return holders.stream().filter(h -> vpc.equals(h.vpc())).findFirst();
    }

    /** Why no interface placed the address. */
    String whyNot(String vpc, String ip) {
        if (!snapshot.interfaces().isOk()) {
            return snapshot.interfaces().reason();
        }
        if (snapshot.asked().contains(ip)) {
            return ACTION + " found no network interface " + (vpc == null ? "" : "of " + vpc + " ") + "holding it";
        }
        return ACTION + " was not asked about it";
    }
}
