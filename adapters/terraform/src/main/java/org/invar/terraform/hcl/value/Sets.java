package org.invar.terraform.hcl.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sets as Terraform orders them (go-cty's set rules): strings in lexical order, numbers by
 * value, false before true, nulls last, and values of other types by the text go-cty hashes
 * them by; no value twice.
 */
public final class Sets {
    private Sets() {
    }

    /**
     * A set of the values. With an unknown among them, which are distinct is not known: the set
     * is unknown, as a whole.
     */
    public static Value of(List<Value> items) {
        List<Value> forced = items.stream().map(Values::force).toList();
        if (forced.stream().anyMatch(Value::hasUnknown)) {
            return Values.unknown(forced.stream().filter(Value::hasUnknown).toList());
        }
        List<Value> out = new ArrayList<>();
        for (Value v : forced) {
            if (out.stream().noneMatch(o -> Values.same(o, v))) {
                out.add(v);
            }
        }
        out.sort(ORDER);
        return new Value.Tuple(out, true);
    }

    /** The order of a set's elements. */
    public static final Comparator<Value> ORDER = (a, b) -> {
        boolean an = a instanceof Value.Null;
        boolean bn = b instanceof Value.Null;
        if (an || bn) {
            return Boolean.compare(an, bn);
        }
        if (a instanceof Value.Str x && b instanceof Value.Str y) {
            return compareCodePoints(x.value(), y.value());
        }
        if (a instanceof Value.Num x && b instanceof Value.Num y) {
            return x.value().compareTo(y.value());
        }
        if (a instanceof Value.Bool x && b instanceof Value.Bool y) {
            return Boolean.compare(x.value(), y.value());
        }
        return compareCodePoints(hashText(a), hashText(b));
    };

    /** Go compares strings byte by byte in UTF-8, which is the order of their code points. */
    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** go-cty's text for a set element's hash: objects as {@code <v;v;>}, lists as {@code [v;]}. */
    static String hashText(Value value) {
        Value v = Values.force(value);
        if (v instanceof Value.Unknown || v instanceof Value.OpenList) {
            return "?";
        }
        if (v instanceof Value.Null) {
            return "~";
        }
        if (v instanceof Value.Num n) {
            return tenDigits(n.value());
        }
        if (v instanceof Value.Bool b) {
            return b.value() ? "T" : "F";
        }
        if (v instanceof Value.Str s) {
            return quoted(s.value());
        }
        StringBuilder out = new StringBuilder();
        if (v instanceof Value.Tuple t) {
            out.append(t.set() ? '[' : '<');
            t.items().forEach(i -> out.append(hashText(i)).append(';'));
            return out.append(t.set() ? ']' : '>').toString();
        }
        out.append('<');
        ((Value.Obj) v).attributes().values().forEach(a -> out.append(hashText(a)).append(';'));
        return out.append('>').toString();
    }

    /** Go's {@code %.10g}, which is how a big.Float prints itself. */
    private static String tenDigits(BigDecimal n) {
        if (n.signum() == 0) {
            return "0";
        }
        BigDecimal r = n.round(new MathContext(10));
        int exponent = r.precision() - r.scale() - 1;
        if (exponent < -4 || exponent >= 10) {
            BigDecimal mantissa = r.movePointLeft(exponent).stripTrailingZeros();
            String e = String.format("%02d", Math.abs(exponent));
            return mantissa.toPlainString() + "e" + (exponent < 0 ? "-" : "+") + e;
        }
        return r.stripTrailingZeros().toPlainString();
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
