package org.invar.terraform.hcl.function;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
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
        Value v = Values.force(args.get(0));
        if (v.hasUnknown()) {
            return Values.unknown(List.of(v));
        }
        return new Value.Str(encode(v));
    }

    static String encode(Value value) {
        Value v = Values.force(value);
        if (v instanceof Value.Str s) {
            // Jackson's escaping, and <, > and & as Terraform escapes them (for embedding in HTML)
            String quoted = new String(JsonStringEncoder.getInstance().quoteAsString(s.value()));
            return "\"" + quoted.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\"";
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
}
