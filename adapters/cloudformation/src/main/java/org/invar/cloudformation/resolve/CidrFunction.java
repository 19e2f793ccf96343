package org.invar.cloudformation.resolve;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;
import org.invar.net.IpAddresses;

/**
 * {@code Fn::Cidr [ipBlock, count, cidrBits]}: {@code count} consecutive blocks of
 * {@code cidrBits} host bits carved from the start of {@code ipBlock}, IPv4 or IPv6.
 */
final class CidrFunction implements Intrinsic {

    @Override
    public Val apply(Resolver r, Node arg, Pos pos) {
        List<Node> args = Args.list(r.scope(), arg, "Fn::Cidr", 3, 3);
        String[] texts = new String[3];
        for (int i = 0; i < 3; i++) {
            Val v = r.resolve(args.get(i));
            if (!(v instanceof Val.Str s) || s.literal().isEmpty()) {
                return Val.unknown("Fn::Cidr of a value not known: " + (v instanceof Val.Unknown u ? u.reason()
                        : v instanceof Val.Str s2 ? s2.unknownReason().orElse("") : "not a string"));
            }
            texts[i] = s.literal().get().strip();
        }
        try {
            int slash = texts[0].indexOf('/');
            if (slash < 0 || texts[0].chars().anyMatch(Character::isLetter) && !texts[0].contains(":")) {
                throw new IllegalArgumentException("'" + texts[0] + "' is not a CIDR block");
            }
            byte[] address = InetAddress.getByName(texts[0].substring(0, slash)).getAddress();
            int bits = address.length * 8;
            int prefix = Integer.parseInt(texts[0].substring(slash + 1));
            int count = Integer.parseInt(texts[1]);
            int hostBits = Integer.parseInt(texts[2]);
            int newPrefix = bits - hostBits;
            if (prefix < 0 || prefix > bits || count < 1 || count > 256 || hostBits < 0 || newPrefix < prefix
                    || count > BigInteger.ONE.shiftLeft(newPrefix - prefix).min(BigInteger.valueOf(256)).intValue()) {
                throw new IllegalArgumentException("cannot carve " + count + " blocks of " + hostBits
                        + " host bits from " + texts[0]);
            }
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
            BigInteger start = new BigInteger(1, address).and(mask);
            List<Val> blocks = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                BigInteger net = start.add(BigInteger.valueOf(i).shiftLeft(hostBits));
                blocks.add(Val.text(IpAddresses.format(net, address.length) + "/" + newPrefix));
            }
            return new Val.ListV(blocks);
        } catch (IllegalArgumentException | UnknownHostException e) {
            throw r.error(pos, "Fn::Cidr: " + e.getMessage());
        }
    }
}
