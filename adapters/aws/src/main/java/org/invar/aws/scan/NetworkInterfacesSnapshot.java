package org.invar.aws.scan;

import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;

/**
 * What EC2 said about the network interfaces holding the addresses of IP targets that no ECS
 * task's attachment holds. Only those addresses are asked about; none asked means no call.
 *
 * @param asked the private IPv4 addresses asked about
 * @param interfaces the interfaces that hold any of them (of any VPC: addresses repeat across VPCs)
 */
public record NetworkInterfacesSnapshot(Set<String> asked, Fetched<List<NetworkInterface>> interfaces) {

    public NetworkInterfacesSnapshot {
        asked = Set.copyOf(asked);
    }

    /** No address needed asking about, so no call was made. */
    public static NetworkInterfacesSnapshot none() {
        return new NetworkInterfacesSnapshot(Set.of(), Fetched.ok(List.of()));
    }

    public static NetworkInterfacesSnapshot failed(CallFailure f) {
        return new NetworkInterfacesSnapshot(Set.of(), Fetched.failed(f));
    }
}
