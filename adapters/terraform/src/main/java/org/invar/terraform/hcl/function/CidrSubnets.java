package org.invar.terraform.hcl.function;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code cidrsubnets(prefix, newbits...)}: consecutive subnets of the prefix, each newbits
 * longer, each after the previous one as Terraform allocates them (aligned to its own size).
 */
final class CidrSubnets extends BaseFunction {
    CidrSubnets() {
        super("cidrsubnets", List.of(Param.string("prefix")), Param.number("newbits"));
    }

    @Override
    public Value apply(List<Value> args) {
        Cidr prefix = Cidr.parse(text(args.get(0)), 0);
        if (args.size() == 1) {
            return list(List.of());
        }
        int bits = prefix.bits();
        BigInteger modulus = BigInteger.ONE.shiftLeft(bits);
        // the subnet just below the prefix, of the first length: the first one follows it
        int firstLength = prefix.length() + integer(1, args.get(1), "newbits");
        Cidr current = containing(prefix.network().subtract(BigInteger.ONE).mod(modulus), prefix.bytes(),
                Math.min(Math.max(firstLength, 0), bits));
        List<Value> out = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            int newbits = integer(i, args.get(i), "newbits");
            if (newbits < 1) {
                throw new FunctionException(i, "must extend prefix by at least one bit");
            }
            if (newbits > 32) {
                throw new FunctionException(i, "may not extend prefix by more than 32 bits");
            }
            int length = prefix.length() + newbits;
            if (length > bits) {
                throw new FunctionException(i, "would extend prefix to " + length + " bits, which is too long for an "
                        + (bits == 32 ? "IPv4" : "IPv6") + " address");
            }
            Cidr mine = containing(current.last(), prefix.bytes(), length);
            BigInteger next = mine.last().add(BigInteger.ONE);
            Cidr subnet = containing(next.mod(modulus), prefix.bytes(), length);
            if (next.equals(modulus) || !prefix.contains(subnet.network())) {
                throw new FunctionException(i, "not enough remaining address space for a subnet with a prefix of "
                        + length + " bits after " + current);
            }
            current = subnet;
            out.add(str(subnet.toString()));
        }
        return list(out);
    }

    private static Cidr containing(BigInteger address, int bytes, int length) {
        return new Cidr(address.andNot(Cidr.hostMask(bytes * 8, length)), bytes, length);
    }
}
