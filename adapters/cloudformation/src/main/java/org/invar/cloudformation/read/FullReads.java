package org.invar.cloudformation.read;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader whose every read fills the array it is given, unless the input ends first.
 *
 * <p>Why: the YAML scanner keeps the text from the start of the token it is scanning and copies
 * it each time it reads more; it reads as much as its buffer holds, which {@link YamlTreeReader}
 * sizes to the longest line. A decoder that returned only what one of its own byte buffers held
 * would bring back the copy per few thousand characters, and with it time quadratic in a line's
 * length.
 */
final class FullReads extends FilterReader {
    FullReads(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int filled = 0;
        while (filled < length) {
            int n = in.read(buffer, offset + filled, length - filled);
            if (n < 0) {
                return filled == 0 ? -1 : filled;
            }
            filled += n;
        }
        return filled;
    }
}
