package org.invar.terraform.hcl.function;

import java.math.BigInteger;
import java.util.List;
import org.invar.terraform.hcl.value.Value;

/** {@code cidrhost(prefix, hostnum)}: host number hostnum of the prefix (counted from the end when negative). */
final class CidrHost extends BaseFunction {
    CidrHost() {
        super("cidrhost", Param.string("prefix"), Param.number("hostnum"));
    }

    @Override
    public Value apply(List<Value> args) {
        Cidr prefix = Cidr.parse(text(args.get(0)), 0);
        BigInteger host;
        try {
            host = num(args.get(1)).toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new FunctionException(1, "hostnum must be a whole number, not " + num(args.get(1)).toPlainString());
        }
        BigInteger size = BigInteger.ONE.shiftLeft(prefix.bits() - prefix.length());
        BigInteger n = host.signum() < 0 ? size.add(host) : host;
        if (n.signum() < 0 || n.compareTo(size) >= 0) {
            throw new FunctionException(1, "prefix of " + prefix.length() + " does not accommodate a host numbered " + host);
        }
        return str(prefix.address(prefix.network().or(n)));
    }
}
