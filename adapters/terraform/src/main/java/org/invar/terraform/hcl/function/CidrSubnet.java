package org.invar.terraform.hcl.function;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.invar.net.IpAddresses;
import org.invar.terraform.hcl.value.Value;

/** {@code cidrsubnet(prefix, newbits, netnum)}: subnet number netnum of the prefix, newbits longer (IPv4 and IPv6). */
final class CidrSubnet extends BaseFunction {
    CidrSubnet() {
        super("cidrsubnet", "cidrsubnet(prefix, newbits, netnum)", 3, 3);
    }

    @Override
    public Value apply(List<Value> args) {
        String prefix = string(args.get(0), "the prefix");
        int newbits = whole(args.get(1), "newbits");
        BigInteger netnum = number(args.get(2), "netnum").toBigIntegerExact();
        int slash = prefix.indexOf('/');
        if (slash < 0) {
            throw new FunctionException("\"" + prefix + "\" is not a CIDR prefix such as 10.0.0.0/16");
        }
        byte[] address = address(prefix.substring(0, slash), prefix);
        int bits = address.length * 8;
        int length;
        try {
            length = Integer.parseInt(prefix.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new FunctionException("\"" + prefix + "\" has no prefix length after /");
        }
        if (length < 0 || length > bits) {
            throw new FunctionException("the prefix length of \"" + prefix + "\" must be 0 to " + bits);
        }
        if (newbits < 0 || length + newbits > bits) {
            throw new FunctionException("\"" + prefix + "\" has no room for " + newbits + " more bits (" + length
                    + " + " + newbits + " > " + bits + ")");
        }
        if (netnum.signum() < 0 || netnum.bitLength() > newbits) {
            throw new FunctionException("netnum " + netnum + " does not fit in " + newbits + " bits");
        }
        BigInteger base = new BigInteger(1, address);
        BigInteger mask = BigInteger.ONE.shiftLeft(bits - length).subtract(BigInteger.ONE);
        base = base.andNot(mask).or(netnum.shiftLeft(bits - length - newbits));
        return new Value.Str(IpAddresses.format(base, address.length) + "/" + (length + newbits));
    }

    private static byte[] address(String text, String prefix) {
        if (!text.matches("[0-9.]+") && !text.contains(":")) {
            throw new FunctionException("\"" + prefix + "\" is not a CIDR prefix such as 10.0.0.0/16");
        }
        try {
            return InetAddress.getByName(text).getAddress(); // a literal: never a lookup
        } catch (UnknownHostException e) {
            throw new FunctionException("\"" + prefix + "\" is not a CIDR prefix such as 10.0.0.0/16");
        }
    }
}
