package org.invar.terraform.hcl.function;

import java.math.BigInteger;
import java.util.List;
import org.invar.terraform.hcl.value.Value;

/** {@code cidrsubnet(prefix, newbits, netnum)}: subnet number netnum of the prefix, newbits longer (IPv4 and IPv6). */
final class CidrSubnet extends BaseFunction {
    CidrSubnet() {
        super("cidrsubnet", Param.string("prefix"), Param.number("newbits"), Param.number("netnum"));
    }

    @Override
    public Value apply(List<Value> args) {
        Cidr prefix = Cidr.parse(text(args.get(0)), 0);
        int newbits = integer(1, args.get(1), "newbits");
        BigInteger netnum;
        try {
            netnum = num(args.get(2)).toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new FunctionException(2, "netnum must be a whole number, not " + num(args.get(2)).toPlainString());
        }
        int length = prefix.length() + newbits;
        if (newbits < 0 || length > prefix.bits()) {
            throw new FunctionException(1, "insufficient address space to extend prefix of " + prefix.length()
                    + " by " + newbits);
        }
        if (netnum.signum() < 0 || netnum.bitLength() > newbits) {
            throw new FunctionException(2, "prefix extension of " + newbits + " does not accommodate a subnet numbered "
                    + netnum);
        }
        BigInteger network = prefix.network().or(netnum.shiftLeft(prefix.bits() - length));
        return str(new Cidr(network, prefix.bytes(), length).toString());
    }
}
