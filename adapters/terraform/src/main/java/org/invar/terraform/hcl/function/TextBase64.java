package org.invar.terraform.hcl.function;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Base64;
import java.util.List;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code textencodebase64(string, encoding)} and {@code textdecodebase64(source, encoding)}: text
 * in another character encoding (an IANA name: UTF-16LE, windows-1252, ...), as Base64.
 */
final class TextBase64 extends BaseFunction {
    private final boolean encode;

    private TextBase64(boolean encode) {
        super(encode ? "textencodebase64" : "textdecodebase64", Param.string(encode ? "string" : "source"),
                Param.string("encoding"));
        this.encode = encode;
    }

    static TextBase64 encode() {
        return new TextBase64(true);
    }

    static TextBase64 decode() {
        return new TextBase64(false);
    }

    @Override
    public Value apply(List<Value> args) {
        String name = text(args.get(1));
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new FunctionException(1, "\"" + name + "\" is not a supported IANA encoding name or alias in this"
                    + " Terraform version");
        }
        String s = text(args.get(0));
        try {
            if (encode) {
                ByteBuffer b = charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                        .onMalformedInput(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s));
                byte[] bytes = new byte[b.remaining()];
                b.get(bytes);
                return str(Base64.getEncoder().encodeToString(bytes));
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(s);
            } catch (IllegalArgumentException e) {
                throw new FunctionException(0, "the given value is has an invalid base64 symbol");
            }
            return str(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new FunctionException(0, encode ? "the given string contains characters that cannot be represented in "
                    + charset.name() : "the given string contains symbols that are not defined for " + charset.name());
        }
    }
}
