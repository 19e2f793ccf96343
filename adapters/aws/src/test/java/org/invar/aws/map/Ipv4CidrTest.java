package org.invar.aws.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding the subnet that holds an IP target's address. */
class Ipv4CidrTest {
    private static String dotted(long a) {
        return ((a >> 24) & 255) + "." + ((a >> 16) & 255) + "." + ((a >> 8) & 255) + "." + (a & 255);
    }

    @Test
    void anAddressIsInABlockExactlyWhenItsFirstPrefixBitsMatch() {
        qt().forAll(longs().between(0, 0xFFFFFFFFL), integers().between(0, 32), longs().between(0, 0xFFFFFFFFL))
                .checkAssert((network, prefix, address) -> {
                    Ipv4Cidr cidr = Ipv4Cidr.parse(dotted(network) + "/" + prefix).orElseThrow();
                    long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
                    assertEquals((network & mask) == (address & mask),
                            cidr.contains(Ipv4Cidr.address(dotted(address)).orElseThrow()));
                    assertTrue(cidr.contains(network), "a block holds its own network address");
                });
    }

    @Test
    void subnetsAndTheirNeighbours() {
        Ipv4Cidr subnet = Ipv4Cidr.parse("10.0.1.0/24").orElseThrow();
        assertTrue(subnet.contains(Ipv4Cidr.address("10.0.1.25").orElseThrow()));
        assertFalse(subnet.contains(Ipv4Cidr.address("10.0.2.25").orElseThrow()));
        assertTrue(Ipv4Cidr.parse("0.0.0.0/0").orElseThrow().contains(Ipv4Cidr.address("203.0.113.9").orElseThrow()));
    }

    @Test
    void whatIsNotAnIpv4BlockIsNothing() {
        assertEquals(Optional.empty(), Ipv4Cidr.parse("2600:1f18::/56"));
        assertEquals(Optional.empty(), Ipv4Cidr.parse("10.0.0.0/33"));
        assertEquals(Optional.empty(), Ipv4Cidr.parse("10.0.0.256/24"));
        assertEquals(Optional.empty(), Ipv4Cidr.parse("10.0.0.0"));
        assertEquals(Optional.empty(), Ipv4Cidr.address("i-0aaa0000000000001"));
        assertEquals(Optional.empty(), Ipv4Cidr.address("10.0.0"));
    }

    @Test
    void theMostSpecificSubnetOfTheVpcHoldsTheAddress() {
        NetworkIndex index = new NetworkIndex();
        index.subnet("subnet-wide", "vpc-1", "10.0.0.0/16", "az-1");
        index.subnet("subnet-narrow", "vpc-1", "10.0.1.0/24", "az-2");
        index.subnet("subnet-other-vpc", "vpc-2", "10.0.1.0/24", "az-3");
        assertEquals(Optional.of("subnet-narrow"), index.subnetHolding("vpc-1", "10.0.1.25"));
        assertEquals(Optional.of("subnet-wide"), index.subnetHolding("vpc-1", "10.0.9.25"));
        assertEquals(Optional.empty(), index.subnetHolding("vpc-9", "10.0.1.25"));
    }
}
