package org.invar.terraform.hcl.function;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.invar.terraform.hcl.value.Value;

/**
 * The values of YAML scalars as go-cty-yaml (Terraform's YAML) resolves them: the YAML 1.1
 * words for booleans and null, decimal numbers (a leading zero is still decimal), {@code 0x}
 * and {@code 0o} integers, dates as RFC 3339 strings, and anything else (even {@code 0b101} and
 * {@code 1_000}) a string.
 */
final class YamlScalars {
    static final Set<String> RESOLVABLE = Set.of("", "!!str", "!!bool", "!!int", "!!float", "!!null",
            "!!timestamp", "!!binary");

    private static final Map<String, Value> WORDS = words();
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})[Tt ]([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(\\.[0-9]{1,9})?(Z|[-+][0-9]{2}:[0-9]{2})?");

    private YamlScalars() {
    }

    private static Map<String, Value> words() {
        Map<String, Value> m = new java.util.HashMap<>();
        Value t = new Value.Bool(true);
        Value f = new Value.Bool(false);
        for (String s : new String[] {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"}) {
            m.put(s, t);
        }
        for (String s : new String[] {"n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"}) {
            m.put(s, f);
        }
        for (String s : new String[] {"", "~", "null", "Null", "NULL"}) {
            m.put(s, Value.NULL);
        }
        return Map.copyOf(m);
    }

    /** The value of a scalar with this tag ("" when untagged); a scalar its tag cannot be is an error. */
    static Value resolve(String tag, String src) {
        if (tag.equals("!!str")) {
            return new Value.Str(src);
        }
        if (tag.equals("!!binary")) {
            try {
                java.util.Base64.getMimeDecoder().decode(src);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cannot parse \"" + src + "\" as !!binary: not valid base64");
            }
            return new Value.Str(src);
        }
        if (tag.equals("!!null")) {
            return Value.NULL;
        }
        String lower = src.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals(".nan")) {
            throw new IllegalArgumentException("floating point NaN is not supported");
        }
        if (lower.matches("[-+]?\\.inf") && src.substring(src.indexOf('.') + 1).matches("inf|Inf|INF")) {
            // Terraform reads it as an infinite number, which invar's numbers cannot hold: unknown, not refused.
            return new Value.Unknown("yamldecode(): " + src + " is an infinite number, which invar does not hold",
                    java.util.Set.of());
        }
        if (tag.isEmpty() && WORDS.containsKey(src)) {
            return WORDS.get(src);
        }
        if (tag.equals("!!bool")) {
            Value b = WORDS.get(src);
            if (!(b instanceof Value.Bool)) {
                throw new IllegalArgumentException("cannot parse \"" + src + "\" as !!bool");
            }
            return b;
        }
        if ((tag.isEmpty() || tag.equals("!!timestamp")) && !src.isEmpty()
                && (Character.isDigit(src.charAt(0)))) {
            Optional<String> time = timestamp(src);
            if (time.isPresent()) {
                return new Value.Str(time.get());
            }
        }
        if (tag.equals("!!timestamp")) {
            throw new IllegalArgumentException("cannot parse \"" + src + "\" as !!timestamp");
        }
        boolean numberLike = !src.isEmpty() && "+-.0123456789".indexOf(src.charAt(0)) >= 0;
        if (numberLike || tag.equals("!!int") || tag.equals("!!float")) {
            Optional<BigDecimal> n = number(src); // 1_000 stays a string in Terraform
            if (n.isPresent()) {
                return new Value.Num(n.get());
            }
        }
        if (tag.equals("!!int") || tag.equals("!!float")) {
            throw new IllegalArgumentException("cannot parse \"" + src + "\" as " + tag);
        }
        return new Value.Str(src);
    }

    /** A decimal number, or an integer in base 16, 8 or 2 ({@code 0x1F}, {@code 0o17}, {@code 0b101}). */
    private static Optional<BigDecimal> number(String s) {
        if (DECIMAL.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s.startsWith("+") ? s.substring(1) : s));
        }
        boolean negative = s.startsWith("-");
        String digits = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        // 0b101 stays a string: go-cty-yaml's resolver lets it through to the untagged case
        int radix = digits.startsWith("0x") || digits.startsWith("0X") ? 16
                : digits.startsWith("0o") || digits.startsWith("0O") ? 8 : 0;
        if (radix == 0 || digits.length() < 3) {
            return Optional.empty();
        }
        try {
            BigInteger v = new BigInteger(digits.substring(2), radix);
            if (v.bitLength() > 64) {
                return Optional.empty();
            }
            return Optional.of(new BigDecimal(negative ? v.negate() : v));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> timestamp(String s) {
        try {
            if (DATE.matcher(s).matches()) {
                String[] p = s.split("-");
                LocalDate d = LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
                return Optional.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.atStartOfDay().atOffset(ZoneOffset.UTC))
                        .replace("+00:00", "Z"));
            }
            java.util.regex.Matcher m = DATE_TIME.matcher(s);
            if (!m.matches() || (m.group(8) == null && s.matches(".*[Tt].*"))) {
                return Optional.empty();
            }
            int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7).substring(1) + "000000000").substring(0, 9));
            LocalDateTime t = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)), nanos);
            ZoneOffset zone = m.group(8) == null || m.group(8).equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(m.group(8));
            OffsetDateTime at = t.atOffset(zone);
            // RFC 3339 as Go writes it: seconds only, Z for UTC.
            String text = at.withNano(0).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
            return Optional.of(text);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
