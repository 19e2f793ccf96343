package org.invar.terraform.hcl.value;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Numbers as Terraform reads them from strings: decimal only, no spaces, an exponent allowed. */
public final class Numbers {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    /**
     * The largest exponent read: Terraform's numbers go further, but a number written with more
     * digits than a string may hold could not be shown anyway.
     */
    private static final int MAX_EXPONENT = 100_000;

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
}
