package org.invar.terraform.hcl.function;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.invar.net.IpAddresses;

/**
 * A CIDR prefix as Terraform's functions read it ({@code 10.0.0.0/16}, {@code fd00::/56}): the
 * network address with the host bits cleared, its length in bytes (4 or 16), and the prefix
 * length.
 */
record Cidr(BigInteger network, int bytes, int length) {
    static Cidr parse(String text, int arg) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw invalid(text, arg);
        }
        String address = text.substring(0, slash);
        if (!address.matches("[0-9.]+") && !address.contains(":")) {
            throw invalid(text, arg);
        }
        byte[] raw;
        try {
            raw = InetAddress.getByName(address).getAddress(); // a literal: never a lookup
        } catch (UnknownHostException e) {
            throw invalid(text, arg);
        }
        if (address.contains(".") && !address.contains(":") && raw.length != 4) {
            throw invalid(text, arg);
        }
        int length;
        try {
            length = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw invalid(text, arg);
        }
        int bits = raw.length * 8;
        if (length < 0 || length > bits || !text.substring(slash + 1).matches("[0-9]+")) {
            throw invalid(text, arg);
        }
        BigInteger mask = hostMask(bits, length);
        return new Cidr(new BigInteger(1, raw).andNot(mask), raw.length, length);
    }

    private static FunctionException invalid(String text, int arg) {
        return new FunctionException(arg, "invalid CIDR expression: invalid CIDR address: " + text);
    }

    static BigInteger hostMask(int bits, int length) {
        return BigInteger.ONE.shiftLeft(bits - length).subtract(BigInteger.ONE);
    }

    int bits() {
        return bytes * 8;
    }

    /** The highest address in it. */
    BigInteger last() {
        return network.or(hostMask(bits(), length));
    }

    boolean contains(BigInteger address) {
        return address.andNot(hostMask(bits(), length)).equals(network);
    }

    String address(BigInteger value) {
        return IpAddresses.format(value, bytes);
    }

    @Override
    public String toString() {
        return address(network) + "/" + length;
    }
}
