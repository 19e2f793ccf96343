package org.invar.aws.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;

/**
 * Asks EC2 which network interfaces hold some private IPv4 addresses: DescribeNetworkInterfaces
 * filtered by {@code addresses.private-ip-address} (primary and secondary addresses), every page
 * of each batch. One call per batch of addresses, not one per address.
 */
final class NetworkInterfaceScanner {
    /** EC2 refuses a call with more filter values than this (FilterLimitExceeded). */
    static final int ADDRESSES_PER_CALL = 200;
    /** Pages keep a large account's answer within the call's timeouts, as EC2 recommends. */
    private static final int PAGE_SIZE = 1000;

    private NetworkInterfaceScanner() {
    }

    static NetworkInterfacesSnapshot scan(Ec2Client ec2, Calls calls, List<String> addresses) {
        return new NetworkInterfacesSnapshot(Set.copyOf(addresses),
                calls.fetch("ec2:DescribeNetworkInterfaces", () -> holding(ec2, addresses)));
    }

    private static List<NetworkInterface> holding(Ec2Client ec2, List<String> addresses) {
        List<NetworkInterface> all = new ArrayList<>();
        for (List<String> batch : Batches.of(addresses, ADDRESSES_PER_CALL)) {
            Filter filter = Filter.builder().name("addresses.private-ip-address").values(batch).build();
            ec2.describeNetworkInterfacesPaginator(r -> r.filters(filter).maxResults(PAGE_SIZE)).stream()
                    .forEach(page -> all.addAll(page.networkInterfaces()));
        }
        return all;
    }
}
