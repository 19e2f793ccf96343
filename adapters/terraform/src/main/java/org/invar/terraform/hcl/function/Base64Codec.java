package org.invar.terraform.hcl.function;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.invar.terraform.hcl.value.Value;

/** {@code base64encode(str)} and {@code base64decode(str)}: standard Base64 of UTF-8 text; what is decoded must be UTF-8. */
final class Base64Codec extends BaseFunction {
    private final boolean encode;

    private Base64Codec(boolean encode) {
        super(encode ? "base64encode" : "base64decode", Param.string("str"));
        this.encode = encode;
    }

    static Base64Codec encode() {
        return new Base64Codec(true);
    }

    static Base64Codec decode() {
        return new Base64Codec(false);
    }

    @Override
    public Value apply(List<Value> args) {
        String s = text(args.get(0));
        if (encode) {
            return str(Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)));
        }
        byte[] bytes;
        String data = s.replace("\r", "").replace("\n", ""); // Go skips line breaks
        try {
            if (data.length() % 4 != 0) {
                throw new IllegalArgumentException("Go requires the padding");
            }
            bytes = Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw new FunctionException(0, "failed to decode base64 data \"" + s + "\"");
        }
        return str(Utf8.decode(bytes, 0, "the result of decoding the provided string is not valid UTF-8"));
    }
}
