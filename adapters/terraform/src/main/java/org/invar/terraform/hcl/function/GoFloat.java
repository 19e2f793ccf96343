package org.invar.terraform.hcl.function;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Go's formatting of a {@code big.Float} ({@code %e %f %g}), which go-cty's format uses: the
 * value's decimal digits rounded half to even, {@code %e} with at least two exponent digits,
 * {@code %g} in exponent form when the exponent is below -4 or at least the precision (6 for the
 * shortest form, as {@code %v} of a number is).
 */
final class GoFloat {
    private GoFloat() {
    }

    /** {@code Text('g', -1)}: the shortest digits (the number as it is held) in %g form. */
    static String shortestG(BigDecimal n) {
        if (n.signum() == 0) {
            return "0";
        }
        Digits d = Digits.of(n.abs());
        return (n.signum() < 0 ? "-" : "") + g(d, d.mant.length(), true);
    }

    /** A non-negative value in the form of verb e, E, f, g or G; precision -1 when not given. */
    static String format(BigDecimal value, char verb, int precision, boolean sharp) {
        boolean shortest = precision < 0 && (verb == 'g' || verb == 'G');
        int prec = precision < 0 && !shortest ? 6 : precision;
        Digits d;
        switch (verb) {
            case 'e', 'E' -> d = Digits.of(round(value, 1 + prec));
            case 'f' -> d = Digits.of(value.setScale(prec, RoundingMode.HALF_EVEN));
            default -> {
                if (shortest) {
                    d = Digits.of(value);
                    prec = d.mant.length();
                } else {
                    prec = Math.max(prec, 1);
                    d = Digits.of(round(value, prec));
                }
            }
        }
        return switch (verb) {
            case 'e', 'E' -> e(d, prec, verb);
            case 'f' -> f(d, prec);
            default -> g(d, prec, shortest).replace('e', verb == 'G' ? 'E' : 'e');
        };
    }

    private static BigDecimal round(BigDecimal v, int digits) {
        return v.signum() == 0 ? v : v.round(new MathContext(digits, RoundingMode.HALF_EVEN));
    }

    private static String g(Digits d, int prec, boolean shortest) {
        int eprec = prec;
        if (eprec > d.mant.length() && d.mant.length() >= d.exp) {
            eprec = d.mant.length();
        }
        if (shortest) {
            eprec = 6;
        }
        int exp = d.exp - 1;
        if (exp < -4 || exp >= eprec) {
            return e(d, Math.min(prec, d.mant.length()) - 1, 'e');
        }
        if (prec > d.exp) {
            prec = d.mant.length();
        }
        return f(d, Math.max(prec - d.exp, 0));
    }

    private static String e(Digits d, int prec, char verb) {
        StringBuilder out = new StringBuilder();
        out.append(d.mant.isEmpty() ? '0' : d.mant.charAt(0));
        if (prec > 0) {
            out.append('.');
            int i = 1;
            int m = Math.min(d.mant.length(), prec + 1);
            if (i < m) {
                out.append(d.mant, i, m);
                i = m;
            }
            for (; i <= prec; i++) {
                out.append('0');
            }
        }
        out.append(verb);
        long exp = d.mant.isEmpty() ? 0 : d.exp - 1L;
        out.append(exp < 0 ? '-' : '+');
        String digits = Long.toString(Math.abs(exp));
        return out.append(digits.length() < 2 ? "0" + digits : digits).toString();
    }

    private static String f(Digits d, int prec) {
        StringBuilder out = new StringBuilder();
        if (d.exp > 0) {
            int m = Math.min(d.mant.length(), d.exp);
            out.append(d.mant, 0, m);
            out.append("0".repeat(d.exp - m));
        } else {
            out.append('0');
        }
        if (prec > 0) {
            out.append('.');
            for (int i = 1; i <= prec; i++) {
                int at = d.exp + i - 1;
                out.append(at >= 0 && at < d.mant.length() ? d.mant.charAt(at) : '0');
            }
        }
        return out.toString();
    }

    /** A value as Go's decimal: digits without trailing zeros, and the exponent: value = 0.mant * 10^exp. */
    private record Digits(String mant, int exp) {
        static Digits of(BigDecimal v) {
            if (v.signum() == 0) {
                return new Digits("", 0);
            }
            BigDecimal s = v.stripTrailingZeros();
            String mant = s.unscaledValue().abs().toString();
            return new Digits(mant, mant.length() - s.scale());
        }
    }
}
