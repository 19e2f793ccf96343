package org.invar.cloudformation.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What a first pass over a template's bytes learns before it is parsed: its encoding (UTF-8, or
 * UTF-16 when a byte order mark says so, as the YAML specification allows), the length of the
 * mark to skip, and its longest line in characters.
 *
 * <p>Why a pass of its own: bytes that are not text in that encoding (a file saved as Latin-1)
 * are reported here with line, column and byte offset, which the parsers' decoders do not give;
 * and the YAML scanner needs the longest line to size its buffer (see {@link YamlTreeReader}).
 */
record TextShape(Charset charset, int bomLength, long longestLine) {
    private static final int CHUNK = 64 * 1024;

    /** Reads {@code in} to its end; bytes that are not text in the file's encoding are an error. */
    static TextShape of(String file, InputStream in) {
        try {
            byte[] head = in.readNBytes(4);
            if (startsWith(head, 0xFF, 0xFE, 0, 0) || startsWith(head, 0, 0, 0xFE, 0xFF)) {
                throw TemplateSyntax.error(file, new Pos(1, 1), "not UTF-8 text: the byte order mark says UTF-32,"
                        + " which is not read; re-save the file as UTF-8");
            }
            TextShape shape = fromByteOrderMark(head);
            CharsetDecoder decoder = shape.charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return shape.withLongestLine(new LineCounter(file, decoder, shape.bomLength)
                    .count(Arrays.copyOfRange(head, shape.bomLength, head.length), in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TextShape fromByteOrderMark(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new TextShape(StandardCharsets.UTF_8, 3, 0);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new TextShape(StandardCharsets.UTF_16BE, 2, 0);
        }
        if (startsWith(head, 0xFF, 0xFE) && !startsWith(head, 0xFF, 0xFE, 0, 0)) {
            return new TextShape(StandardCharsets.UTF_16LE, 2, 0);
        }
        return new TextShape(StandardCharsets.UTF_8, 0, 0);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private TextShape withLongestLine(long longest) {
        return new TextShape(charset, bomLength, longest);
    }

    /** Decodes chunk by chunk, counting lines, and stops at the first byte that is not text. */
    private static final class LineCounter {
        private final String file;
        private final CharsetDecoder decoder;
        private long bytesBefore; // bytes of the file before the current input buffer
        private int line = 1;
        private long column = 1;
        private long longest;

        LineCounter(String file, CharsetDecoder decoder, int bomLength) {
            this.file = file;
            this.decoder = decoder;
            this.bytesBefore = bomLength;
        }

        long count(byte[] first, InputStream in) throws IOException {
            ByteBuffer bytes = ByteBuffer.allocate(CHUNK + first.length);
            bytes.put(first);
            CharBuffer chars = CharBuffer.allocate(CHUNK);
            byte[] chunk = new byte[CHUNK];
            boolean end = false;
            while (!end) {
                int n = in.read(chunk, 0, Math.min(chunk.length, bytes.remaining()));
                if (n < 0) {
                    end = true;
                } else {
                    bytes.put(chunk, 0, n);
                }
                bytes.flip();
                decode(bytes, chars, end);
                bytesBefore += bytes.position();
                bytes.compact();
            }
            decoder.flush(chars);
            countLines(chars);
            return Math.max(longest, column - 1);
        }

        private void decode(ByteBuffer bytes, CharBuffer chars, boolean end) {
            while (true) {
                CoderResult result = decoder.decode(bytes, chars, end);
                countLines(chars);
                if (result.isError()) {
                    throw notText(bytes);
                }
                if (result.isUnderflow()) {
                    return;
                }
            }
        }

        /** Over the buffer's array, not {@code get()} by {@code get()}: this reads every character of the file. */
        private void countLines(CharBuffer chars) {
            char[] text = chars.array();
            int end = chars.arrayOffset() + chars.position();
            int lineStart = chars.arrayOffset();
            for (int i = lineStart; i < end; i++) {
                if (text[i] == '\n') {
                    column += i - lineStart;
                    longest = Math.max(longest, column - 1);
                    line++;
                    column = 1;
                    lineStart = i + 1;
                }
            }
            column += end - lineStart;
            chars.clear();
        }

        private RuntimeException notText(ByteBuffer bytes) {
            long offset = bytesBefore + bytes.position();
            String found = "byte 0x" + String.format("%02X", bytes.get(bytes.position()) & 0xFF);
            String name = decoder.charset().name();
            String hint = decoder.charset().equals(StandardCharsets.UTF_8)
                    ? " (saved as Latin-1 or Windows-1252?); re-save the file as UTF-8"
                    : "; re-save the file as UTF-8";
            return TemplateSyntax.error(file, new Pos(line, (int) Math.min(Integer.MAX_VALUE, column)),
                    "not " + name + " text: " + found + " at byte offset " + offset + " is not valid " + name + hint);
        }
    }
}
