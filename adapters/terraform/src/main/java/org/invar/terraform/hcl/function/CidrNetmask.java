package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;

/** {@code cidrnetmask(prefix)}: the IPv4 netmask of the prefix length ({@code 255.255.0.0}). */
final class CidrNetmask extends BaseFunction {
    CidrNetmask() {
        super("cidrnetmask", Param.string("prefix"));
    }

    @Override
    public Value apply(List<Value> args) {
        Cidr prefix = Cidr.parse(text(args.get(0)), 0);
        if (prefix.bytes() != 4) {
            throw new FunctionException(0, "IPv6 addresses cannot have a netmask: " + text(args.get(0)));
        }
        return str(prefix.address(Cidr.hostMask(32, 0).andNot(Cidr.hostMask(32, prefix.length()))));
    }
}
