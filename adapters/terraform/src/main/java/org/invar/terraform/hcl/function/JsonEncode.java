package org.invar.terraform.hcl.function;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/** {@code jsonencode(value)}: compact JSON, map keys in lexical order, as Terraform writes it. */
final class JsonEncode extends BaseFunction {
    JsonEncode() {
        super("jsonencode", "jsonencode(value)", 1, 1);
    }

    @Override
    public Value apply(List<Value> args) {
        return encoded(args.get(0), JsonEncode::encode);
    }

    static String encode(Value value) {
        Value v = Values.force(value);
        if (v instanceof Value.Str s) {
            return quote(s.value());
        }
        if (v instanceof Value.Tuple t) {
            List<String> parts = new ArrayList<>();
            t.items().forEach(i -> parts.add(encode(i)));
            return "[" + String.join(",", parts) + "]";
        }
        if (v instanceof Value.Obj o) {
            List<String> parts = new ArrayList<>();
            o.attributes().forEach((k, i) -> parts.add(encode(new Value.Str(k)) + ":" + encode(i)));
            return "{" + String.join(",", parts) + "}";
        }
        return Values.string(v).orElse("null");
    }

    /**
     * A JSON string as Go's encoding/json writes it: \n \r \t short, other control characters,
     * {@code < > &} (for embedding in HTML) and U+2028, U+2029 as \\u escapes.
     */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
