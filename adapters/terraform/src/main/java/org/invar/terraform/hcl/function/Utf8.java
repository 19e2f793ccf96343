package org.invar.terraform.hcl.function;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bytes that must be UTF-8 text, or an error for argument {@code arg}. */
final class Utf8 {
    private Utf8() {
    }

    static String decode(byte[] bytes, int arg, String error) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new FunctionException(arg, error);
        }
    }
}
