package org.invar.net;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * IP addresses as text, the way AWS, CloudFormation and Terraform print network blocks: IPv4
 * dotted, IPv6 with the longest run of two or more zero groups as {@code ::}
 * ({@code 2001:db8::}). The adapters compute CIDR blocks ({@code Fn::Cidr}, {@code cidrsubnet})
 * and must print them alike, so that models from either agree.
 */
public final class IpAddresses {
    private IpAddresses() {
    }

    /** The address of {@code bytes} bytes (4 or 16) whose value is {@code value}. */
    public static String format(BigInteger value, int bytes) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[bytes];
        int copy = Math.min(raw.length, bytes);
        System.arraycopy(raw, raw.length - copy, out, bytes - copy, copy);
        try {
            String text = InetAddress.getByAddress(out).getHostAddress();
            return bytes == 16 ? compressIpv6(text) : text;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("an address has 4 or 16 bytes, not " + bytes, e);
        }
    }

    private static String compressIpv6(String full) {
        String[] groups = full.split(":");
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < groups.length; ) {
            if (groups[i].equals("0")) {
                int j = i;
                while (j < groups.length && groups[j].equals("0")) {
                    j++;
                }
                if (j - i > bestLen && j - i > 1) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (bestStart < 0) {
            return full;
        }
        String head = String.join(":", Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", Arrays.copyOfRange(groups, bestStart + bestLen, groups.length));
        return head + "::" + tail;
    }
}
