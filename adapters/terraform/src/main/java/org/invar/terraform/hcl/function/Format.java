package org.invar.terraform.hcl.function;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * {@code format(spec, values...)}: the verbs {@code %s %d %f %v %q %t %%} with width and
 * precision ({@code %5.2f}, {@code %-8s}, {@code %03d}), as Terraform's format.
 */
final class Format extends BaseFunction {
    Format() {
        super("format", "format(spec, values...)", 1, MANY);
    }

    @Override
    public Value apply(List<Value> args) {
        String spec = string(args.get(0), "the format");
        StringBuilder out = new StringBuilder();
        int next = 1;
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int j = i + 1;
            StringBuilder flags = new StringBuilder();
            while (j < spec.length() && "-+ 0#".indexOf(spec.charAt(j)) >= 0) {
                flags.append(spec.charAt(j++));
            }
            int width = -1;
            int start = j;
            while (j < spec.length() && Character.isDigit(spec.charAt(j))) {
                j++;
            }
            if (j > start) {
                width = Integer.parseInt(spec.substring(start, j));
            }
            int precision = -1;
            if (j < spec.length() && spec.charAt(j) == '.') {
                start = ++j;
                while (j < spec.length() && Character.isDigit(spec.charAt(j))) {
                    j++;
                }
                precision = j > start ? Integer.parseInt(spec.substring(start, j)) : 0;
            }
            if (j >= spec.length()) {
                throw new FunctionException("the format ends in the middle of a verb: \"" + spec + "\"");
            }
            char verb = spec.charAt(j);
            i = j;
            if (verb == '%') {
                out.append('%');
                continue;
            }
            if (next >= args.size()) {
                throw new FunctionException("the format has more verbs than values (" + (args.size() - 1) + ")");
            }
            String text = verb(verb, Values.force(args.get(next++)), precision, flags.toString());
            out.append(pad(text, width, flags.toString(), verb));
        }
        if (next < args.size()) {
            throw new FunctionException("the format has " + (next - 1) + " verb(s) for " + (args.size() - 1) + " values");
        }
        return new Value.Str(out.toString());
    }

    private static String verb(char verb, Value v, int precision, String flags) {
        switch (verb) {
            case 's', 'v' -> {
                if (verb == 'v' && !(v instanceof Value.Str) && Values.string(v).isEmpty()) {
                    return JsonEncode.encode(v);
                }
                String s = string(v, "the value for %" + verb);
                return precision >= 0 && precision < s.length() ? s.substring(0, precision) : s;
            }
            case 'q' -> {
                return JsonEncode.encode(new Value.Str(string(v, "the value for %q")));
            }
            case 't' -> {
                if (v instanceof Value.Bool b) {
                    return Boolean.toString(b.value());
                }
                throw new FunctionException("the value for %t must be a bool, not " + Values.kind(v));
            }
            case 'd' -> {
                BigDecimal n = number(v, "the value for %d");
                if (n.stripTrailingZeros().scale() > 0) {
                    throw new FunctionException("the value for %d must be a whole number, not " + n.toPlainString());
                }
                String s = n.toBigInteger().toString();
                return flags.contains("+") && n.signum() >= 0 ? "+" + s : s;
            }
            case 'f', 'e', 'g' -> {
                BigDecimal n = number(v, "the value for %" + verb);
                return n.setScale(precision < 0 ? 6 : precision, RoundingMode.HALF_EVEN).toPlainString();
            }
            default -> throw new FunctionException("unsupported verb %" + verb + "; use %s, %d, %f, %v, %q, %t or %%");
        }
    }

    private static String pad(String text, int width, String flags, char verb) {
        if (width <= text.length()) {
            return text;
        }
        String fill = (flags.contains("0") && !flags.contains("-") && "dfeg".indexOf(verb) >= 0 ? "0" : " ")
                .repeat(width - text.length());
        if (flags.contains("-")) {
            return text + " ".repeat(width - text.length());
        }
        if (fill.startsWith("0") && text.startsWith("-")) {
            return "-" + fill + text.substring(1);
        }
        return fill + text;
    }
}
