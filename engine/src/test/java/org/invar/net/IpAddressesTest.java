package org.invar.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class IpAddressesTest {
    @Test
    void ipv4IsDotted() {
        assertEquals("10.0.1.0", IpAddresses.format(BigInteger.valueOf(0x0A000100L), 4));
        assertEquals("0.0.0.0", IpAddresses.format(BigInteger.ZERO, 4));
    }

    @Test
    void ipv6CompressesTheLongestRunOfZeroGroups() {
        BigInteger db8 = new BigInteger("20010db8000000000000000000000000", 16);
        assertEquals("2001:db8::", IpAddresses.format(db8, 16));
        assertEquals("2001:db8:0:1::", IpAddresses.format(new BigInteger("20010db8000000010000000000000000", 16), 16));
        assertEquals("2001:0:1::1", IpAddresses.format(new BigInteger("20010000000100000000000000000001", 16), 16));
        assertEquals("::", IpAddresses.format(BigInteger.ZERO, 16));
        // A single zero group stays as it is.
        assertEquals("2001:db8:0:1:1:1:1:1", IpAddresses.format(new BigInteger("20010db8000000010001000100010001", 16), 16));
    }

    @Test
    void anAddressHasFourOrSixteenBytes() {
        assertThrows(IllegalArgumentException.class, () -> IpAddresses.format(BigInteger.ONE, 5));
    }
}
