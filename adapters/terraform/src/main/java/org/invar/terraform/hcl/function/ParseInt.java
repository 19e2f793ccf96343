package org.invar.terraform.hcl.function;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * {@code parseint(number, base)}: a whole number written in base 2 to 62, as Go's big.Int reads
 * it (an optional sign; digits 0-9, then a-z, then A-Z above base 36, letters of either case up
 * to base 36).
 */
final class ParseInt extends BaseFunction {
    ParseInt() {
        super("parseint", Param.any("number"), Param.number("base"));
    }

    @Override
    public Value apply(List<Value> args) {
        Value v = Values.force(args.get(0));
        if (!(v instanceof Value.Str s)) {
            throw new FunctionException(0, "first argument must be a string, not " + Values.kind(v));
        }
        int base = integer(1, args.get(1), "the base");
        if (base < 2 || base > 62) {
            throw new FunctionException(1, "base must be a whole number between 2 and 62 inclusive");
        }
        String text = s.value();
        int i = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        if (i == text.length()) {
            throw cannot(text, base);
        }
        BigInteger n = BigInteger.ZERO;
        BigInteger b = BigInteger.valueOf(base);
        for (; i < text.length(); i++) {
            int d = digit(text.charAt(i), base);
            if (d < 0 || d >= base) {
                throw cannot(text, base);
            }
            n = n.multiply(b).add(BigInteger.valueOf(d));
        }
        return new Value.Num(new BigDecimal(text.startsWith("-") ? n.negate() : n));
    }

    private static int digit(char c, int base) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return base <= 36 ? c - 'A' + 10 : c - 'A' + 36;
        }
        return -1;
    }

    private static FunctionException cannot(String text, int base) {
        return new FunctionException(0, "cannot parse \"" + text + "\" as a base " + base + " integer");
    }
}
