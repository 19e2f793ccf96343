package org.invar.cloudformation.resolve;

import java.util.Map;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;

/** {@code Fn::ToJsonString}: the JSON text of a fully known value. */
final class ToJsonStringFunction implements Intrinsic {

    @Override
    public Val apply(Resolver r, Node arg, Pos pos) {
        StringBuilder out = new StringBuilder();
        String unknown = write(r.resolve(arg), out);
        return unknown == null ? Val.text(out.toString())
                : Val.symbol(new Symbol.Opaque("Fn::ToJsonString of a value not known: " + unknown));
    }

    /** Writes the JSON of {@code v}; returns why it cannot, or null. */
    private static String write(Val v, StringBuilder out) {
        if (v instanceof Val.Str s) {
            if (s.literal().isEmpty()) {
                return s.unknownReason().orElse("");
            }
            quote(s.literal().get(), out);
        } else if (v instanceof Val.ListV l) {
            out.append('[');
            for (int i = 0; i < l.items().size(); i++) {
                out.append(i > 0 ? "," : "");
                String why = write(l.items().get(i), out);
                if (why != null) {
                    return why;
                }
            }
            out.append(']');
        } else if (v instanceof Val.MapV m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Val> e : m.entries().entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                quote(e.getKey(), out);
                out.append(':');
                String why = write(e.getValue(), out);
                if (why != null) {
                    return why;
                }
            }
            out.append('}');
        } else if (v instanceof Val.Null) {
            out.append("null");
        } else if (v instanceof Val.Unknown u) {
            return u.reason();
        } else if (v instanceof Val.OpenList o) {
            return o.reason();
        }
        return null;
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
