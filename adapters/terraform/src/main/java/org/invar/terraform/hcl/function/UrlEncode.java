package org.invar.terraform.hcl.function;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.invar.terraform.hcl.value.Value;

/** {@code urlencode(str)}: as Go's url.QueryEscape: letters, digits and {@code -_.~} as they are, space as +, the rest %XX. */
final class UrlEncode extends BaseFunction {
    UrlEncode() {
        super("urlencode", Param.string("str"));
    }

    @Override
    public Value apply(List<Value> args) {
        StringBuilder out = new StringBuilder();
        for (byte b : text(args.get(0)).getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_.~".indexOf(c) >= 0) {
                out.append((char) c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return str(out.toString());
    }
}
