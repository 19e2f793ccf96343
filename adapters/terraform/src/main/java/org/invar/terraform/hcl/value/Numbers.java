package org.invar.terraform.hcl.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as Terraform computes them. Terraform's numbers are binary floating point with a
 * 512-bit mantissa (Go's {@code big.Float}), printed as the shortest decimal that reads back as
 * the same number: {@code 1/3} is {@code 0.3333...335} with 155 digits, {@code 0.1 + 0.2} is
 * {@code 0.3}. A {@link Value.Num} holds that shortest decimal, which identifies the binary
 * number exactly; arithmetic converts its operands back to binary, computes exactly, rounds to
 * 512 bits (to nearest, ties to even) and takes the shortest decimal again. Whole numbers that
 * fit in 512 bits are exact either way and skip this.
 */
public final class Numbers {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    /**
     * The largest exponent read: Terraform's numbers go further, but a number written with more
     * digits than a string may hold could not be shown anyway.
     */
    private static final int MAX_EXPONENT = 100_000;
    private static final int MANTISSA_BITS = 512;

    private Numbers() {
    }

    /** The number a string holds ({@code "1e3"}, {@code "+5"}, {@code ".5"}), or empty. */
    public static Optional<BigDecimal> parse(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            BigDecimal n = new BigDecimal(text);
            if (Math.abs((long) n.precision() - n.scale()) > MAX_EXPONENT) {
                return Optional.empty();
            }
            return Optional.of(n);
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    public static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (whole(a) && whole(b)) {
            return fits(a.add(b));
        }
        return rounded(binary(a).add(binary(b)));
    }

    public static BigDecimal subtract(BigDecimal a, BigDecimal b) {
        return add(a, b.negate());
    }

    public static BigDecimal multiply(BigDecimal a, BigDecimal b) {
        if (whole(a) && whole(b)) {
            return fits(a.multiply(b));
        }
        return rounded(binary(a).multiply(binary(b)));
    }

    /** a / b, b not zero. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        BigDecimal x = binary(a);
        BigDecimal y = binary(b);
        // x / y exactly, as a fraction of integers
        BigInteger num = x.unscaledValue();
        BigInteger den = y.unscaledValue();
        int scale = x.scale() - y.scale();
        if (scale > 0) {
            den = den.multiply(BigInteger.TEN.pow(scale));
        } else if (scale < 0) {
            num = num.multiply(BigInteger.TEN.pow(-scale));
        }
        return shortest(num, den);
    }

    /** a % b as Terraform's modulo: a - b * trunc(a / b); a itself when b is zero, as go-cty has it. */
    public static BigDecimal remainder(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            return a;
        }
        if (whole(a) && whole(b)) {
            return a.remainder(b);
        }
        BigDecimal quotient = divide(a, b).setScale(0, RoundingMode.DOWN);
        return subtract(a, multiply(b, quotient));
    }

    /** The number a double holds, printed as Go prints a float64: shortest, never in exponent form. */
    public static BigDecimal ofDouble(double d) {
        return new BigDecimal(Double.toString(d)).stripTrailingZeros();
    }

    private static boolean whole(BigDecimal n) {
        return n.signum() == 0 || n.scale() <= 0 || n.stripTrailingZeros().scale() <= 0;
    }

    /** A whole number larger than a 512-bit mantissa is rounded as Terraform rounds it. */
    private static BigDecimal fits(BigDecimal n) {
        BigInteger i = n.toBigInteger();
        return i.abs().bitLength() <= MANTISSA_BITS ? new BigDecimal(i) : rounded(n);
    }

    /** The exact value of the binary number a decimal stands for (what Go's formatting rounds). */
    public static BigDecimal binaryValue(BigDecimal n) {
        return binary(n);
    }

    /** The exact value of the 512-bit binary number nearest to n. */
    private static BigDecimal binary(BigDecimal n) {
        if (whole(n) && n.toBigInteger().abs().bitLength() <= MANTISSA_BITS) {
            return n;
        }
        BigInteger num = n.unscaledValue();
        BigInteger den = BigInteger.ONE;
        if (n.scale() > 0) {
            den = BigInteger.TEN.pow(n.scale());
        } else {
            num = num.multiply(BigInteger.TEN.pow(-n.scale()));
        }
        Float f = nearest(num, den);
        return f == null ? BigDecimal.ZERO : f.exact();
    }

    private static BigDecimal rounded(BigDecimal exact) {
        BigInteger num = exact.unscaledValue();
        BigInteger den = BigInteger.ONE;
        if (exact.scale() > 0) {
            den = BigInteger.TEN.pow(exact.scale());
        } else {
            num = num.multiply(BigInteger.TEN.pow(-exact.scale()));
        }
        return shortest(num, den);
    }

    private static BigDecimal shortest(BigInteger num, BigInteger den) {
        Float f = nearest(num, den);
        return f == null ? BigDecimal.ZERO : f.shortest();
    }

    /** mantissa * 2^-shift, the mantissa 512 bits long, and the sign. */
    private record Float(boolean negative, BigInteger mantissa, int shift) {
        BigDecimal exact() {
            return signed(scaled(mantissa, shift));
        }

        private BigDecimal signed(BigDecimal v) {
            return negative ? v.negate() : v;
        }

        /** m * 2^-s as an exact decimal. */
        private static BigDecimal scaled(BigInteger m, int s) {
            if (s <= 0) {
                return new BigDecimal(m.shiftLeft(-s));
            }
            return new BigDecimal(m.multiply(BigInteger.valueOf(5).pow(s)), s);
        }

        /**
         * The decimal with the fewest digits that rounds to this number (Go's
         * {@code Text('f', -1)}): between the midpoints to the neighbouring numbers, the
         * midpoints themselves included when the mantissa is even.
         */
        BigDecimal shortest() {
            BigDecimal v = scaled(mantissa, shift);
            BigInteger twice = mantissa.shiftLeft(1);
            BigDecimal upper = scaled(twice.add(BigInteger.ONE), shift + 1);
            boolean powerOfTwo = mantissa.bitCount() == 1;
            BigDecimal lower = powerOfTwo ? scaled(mantissa.shiftLeft(2).subtract(BigInteger.ONE), shift + 2)
                    : scaled(twice.subtract(BigInteger.ONE), shift + 1);
            boolean inclusive = !mantissa.testBit(0);
            int lo = 1;
            int hi = Math.max(1, v.precision());
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (candidate(v, mid, lower, upper, inclusive) != null) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            BigDecimal best = candidate(v, lo, lower, upper, inclusive);
            return signed(best == null ? v : best).stripTrailingZeros();
        }

        private static BigDecimal candidate(BigDecimal v, int digits, BigDecimal lower, BigDecimal upper,
                                            boolean inclusive) {
            java.math.MathContext down = new java.math.MathContext(digits, RoundingMode.FLOOR);
            java.math.MathContext up = new java.math.MathContext(digits, RoundingMode.CEILING);
            BigDecimal d = v.round(down);
            BigDecimal u = v.round(up);
            boolean dOk = within(d, lower, upper, inclusive);
            boolean uOk = within(u, lower, upper, inclusive);
            if (dOk && uOk) {
                return v.subtract(d).compareTo(u.subtract(v)) < 0 ? d : u;
            }
            return dOk ? d : uOk ? u : null;
        }

        private static boolean within(BigDecimal d, BigDecimal lower, BigDecimal upper, boolean inclusive) {
            int l = d.compareTo(lower);
            int u = d.compareTo(upper);
            return inclusive ? l >= 0 && u <= 0 : l > 0 && u < 0;
        }
    }

    /** The 512-bit binary number nearest to num/den, or null for zero. */
    private static Float nearest(BigInteger num, BigInteger den) {
        if (num.signum() == 0) {
            return null;
        }
        boolean negative = num.signum() * den.signum() < 0;
        num = num.abs();
        den = den.abs();
        int shift = MANTISSA_BITS - (num.bitLength() - den.bitLength());
        BigInteger[] qr;
        while (true) {
            BigInteger n = shift >= 0 ? num.shiftLeft(shift) : num;
            BigInteger d = shift >= 0 ? den : den.shiftLeft(-shift);
            qr = n.divideAndRemainder(d);
            int bits = qr[0].bitLength();
            if (bits > MANTISSA_BITS) {
                shift--;
            } else if (bits < MANTISSA_BITS) {
                shift++;
            } else {
                int half = qr[1].shiftLeft(1).compareTo(d);
                BigInteger q = qr[0];
                if (half > 0 || (half == 0 && q.testBit(0))) {
                    q = q.add(BigInteger.ONE);
                    if (q.bitLength() > MANTISSA_BITS) {
                        q = q.shiftRight(1);
                        shift--;
                    }
                }
                return new Float(negative, q, shift);
            }
        }
    }
}
