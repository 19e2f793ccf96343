package org.invar.terraform.hcl.function;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.invar.terraform.hcl.value.Convert;
import org.invar.terraform.hcl.value.Numbers;
import org.invar.terraform.hcl.value.Type;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * {@code format(spec, values...)}, as go-cty formats: the verbs {@code %v %#v %t %d %b %o %x %X
 * %e %E %f %g %G %s %q %%}, the flags {@code - + # 0} and space, width, precision and explicit
 * argument indexes ({@code %[2]s}). Widths and string precisions count characters as Terraform
 * does (grapheme clusters). A value not known makes the result unknown; so does a null for any
 * verb but {@code %v}; every value must be used.
 */
final class Format extends BaseFunction {
    Format() {
        super("format", List.of(Param.string("format")), Param.any("args").orNull().orUnknown());
    }

    @Override
    public Value apply(List<Value> args) {
        Value unknown = unknownIn(args.subList(1, args.size()).toArray(Value[]::new));
        if (unknown != null) {
            return unknown;
        }
        return str(format(text(args.get(0)), args.subList(1, args.size()), 1));
    }

    /** The formatted text; errors name argument {@code first + index} (formatlist's are 1 too). */
    static String format(String spec, List<Value> values, int first) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        int highest = 0;
        int i = 0;
        while (i < spec.length()) {
            char c = spec.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i < spec.length() && spec.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            Verb v = new Verb();
            while (i < spec.length() && "-+# 0".indexOf(spec.charAt(i)) >= 0) {
                v.flag(spec.charAt(i++));
            }
            if (i < spec.length() && spec.charAt(i) == '[') {
                int close = spec.indexOf(']', i);
                if (close < 0 || !spec.substring(i + 1, close).matches("[1-9][0-9]{0,5}")) {
                    throw new FunctionException(0, "invalid format string starting at offset " + (i + 1));
                }
                next = Integer.parseInt(spec.substring(i + 1, close)) - 1;
                i = close + 1;
            }
            int w = i;
            while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            v.width = i > w ? Integer.parseInt(spec.substring(w, Math.min(i, w + 6))) : -1;
            if (i < spec.length() && spec.charAt(i) == '.') {
                int p = ++i;
                while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
                    i++;
                }
                v.precision = i > p ? Integer.parseInt(spec.substring(p, Math.min(i, p + 6))) : 0;
            }
            if (i >= spec.length()) {
                throw new FunctionException(0, "invalid format string starting at offset " + (start + 1));
            }
            v.mode = spec.charAt(i++);
            v.raw = spec.substring(start, i);
            v.offset = start;
            if (next >= values.size()) {
                throw new FunctionException("not enough arguments for \"" + v.raw + "\" at " + start + ": need index "
                        + (next + 1) + " but have " + values.size() + " total");
            }
            out.append(v.format(Values.force(values.get(next))));
            next++;
            highest = Math.max(highest, next);
        }
        if (highest < values.size()) {
            throw new FunctionException(first + highest, "too many arguments; only " + highest
                    + " used by format string");
        }
        return out.toString();
    }

    /** One verb: its flags, width, precision (-1 when not given) and letter. */
    private static final class Verb {
        boolean minus;
        boolean plus;
        boolean sharp;
        boolean space;
        boolean zero;
        int width;
        int precision = -1;
        char mode;
        String raw;
        int offset;

        void flag(char f) {
            switch (f) {
                case '-' -> minus = true;
                case '+' -> plus = true;
                case '#' -> sharp = true;
                case ' ' -> space = true;
                default -> zero = true;
            }
        }

        String format(Value arg) {
            if (mode != 'v' && arg instanceof Value.Null) {
                throw new FunctionException("unsupported value for \"" + raw + "\" at " + offset
                        + ": null value cannot be formatted");
            }
            return switch (mode) {
                case 'v' -> asIs(arg);
                case 't' -> bool(arg) ? "true" : "false";
                case 'b', 'd', 'o', 'x', 'X' -> integer(number(arg));
                case 'e', 'E', 'f', 'g', 'G' -> floating(number(arg));
                case 's', 'q' -> string(arg);
                default -> throw new FunctionException("unsupported format verb '" + mode + "' in \"" + raw
                        + "\" at offset " + offset);
            };
        }

        private String asIs(Value arg) {
            if (!sharp && arg instanceof Value.Str s) {
                return pad(s.value());
            }
            if (!sharp && arg instanceof Value.Num n) {
                return pad(GoFloat.shortestG(n.value()));
            }
            return pad(JsonEncode.encode(arg));
        }

        private Value converted(Value arg, Type type) {
            try {
                return Convert.value(arg, type);
            } catch (Convert.Failure f) {
                throw new FunctionException("unsupported value for \"" + raw + "\" at " + offset + ": " + f.reason());
            }
        }

        private boolean bool(Value arg) {
            return ((Value.Bool) converted(arg, Type.Primitive.BOOL)).value();
        }

        private BigDecimal number(Value arg) {
            return ((Value.Num) converted(arg, Type.Primitive.NUMBER)).value();
        }

        private String integer(BigDecimal n) {
            BigInteger i;
            try {
                i = n.toBigIntegerExact();
            } catch (ArithmeticException e) {
                throw new FunctionException("unsupported value for \"" + raw + "\" at " + offset
                        + ": an integer is required");
            }
            String digits = switch (mode) {
                case 'b' -> i.abs().toString(2);
                case 'o' -> i.abs().toString(8);
                case 'x' -> i.abs().toString(16);
                case 'X' -> i.abs().toString(16).toUpperCase(java.util.Locale.ROOT);
                default -> i.abs().toString();
            };
            if (precision >= 0 && digits.length() < precision) {
                digits = "0".repeat(precision - digits.length()) + digits;
            }
            if (sharp) {
                digits = switch (mode) {
                    case 'b' -> "0b" + digits;
                    case 'o' -> digits.startsWith("0") ? digits : "0" + digits;
                    case 'x' -> "0x" + digits;
                    case 'X' -> "0X" + digits;
                    default -> digits;
                };
            }
            return signed(i.signum() < 0, digits, precision < 0);
        }

        private String floating(BigDecimal n) {
            // the shortest %g is of the digits held; rounding to a precision is of the binary number
            boolean shortest = precision < 0 && (mode == 'g' || mode == 'G');
            String body = GoFloat.format((shortest ? n : Numbers.binaryValue(n)).abs(), mode, precision, sharp);
            return signed(n.signum() < 0, body, true);
        }

        /** The sign (or + or space), and zero padding after it up to the width, as Go's fmt pads numbers. */
        private String signed(boolean negative, String digits, boolean zeroPadding) {
            String sign = negative ? "-" : plus ? "+" : space ? " " : "";
            int length = sign.length() + digits.length();
            if (zero && zeroPadding && !minus && width > length) {
                return sign + "0".repeat(width - length) + digits;
            }
            return padSpaces(sign + digits);
        }

        private String string(Value arg) {
            String s = ((Value.Str) converted(arg, Type.Primitive.STRING)).value();
            if (precision > 0) {
                List<String> chars = Graphemes.of(s);
                if (chars.size() > precision) {
                    s = String.join("", chars.subList(0, precision));
                }
            }
            return pad(mode == 'q' ? JsonEncode.encode(new Value.Str(s)) : s);
        }

        /** go-cty's padding of %v, %s and %q: with zeros when the 0 flag is given, counted in characters. */
        private String pad(String s) {
            int length = Graphemes.of(s).size();
            if (width < 0 || length >= width) {
                return s;
            }
            String fill = (zero ? "0" : " ").repeat(width - length);
            return minus ? s + fill : fill + s;
        }

        private String padSpaces(String s) {
            if (width < 0 || s.length() >= width) {
                return s;
            }
            String fill = " ".repeat(width - s.length());
            return minus ? s + fill : fill + s;
        }
    }
}
