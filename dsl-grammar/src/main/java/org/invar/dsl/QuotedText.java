package org.invar.dsl;

import org.invar.dsl.ast.Position;

/**
 * Where the characters of a string literal's value stand in its source, so that a mistake inside
 * a string (a message's {placeholder}) is shown where it was written. A string literal lies on
 * one line; its escapes ({@code \"}, {@code \n}, ...) take two characters of the source for one of
 * the value.
 */
public final class QuotedText {
    private QuotedText() {
    }

    /**
     * The position of the character at {@code index} of the value of the string literal whose
     * opening quote is at {@code quote}; at the value's end, the closing quote's. Columns count
     * code points, as the parser's do. When the source does not hold a string literal there, the
     * quote's own position.
     */
    public static Position position(Source source, Position quote, int index) {
        String line = source.line(quote.line());
        int codePoints = line.codePointCount(0, line.length());
        if (!quote.isKnown() || quote.column() > codePoints) {
            return quote;
        }
        int at = line.offsetByCodePoints(0, quote.column() - 1);
        if (line.charAt(at) != '"') {
            return quote;
        }
        int raw = at + 1;
        for (int i = 0; i < index && raw < line.length(); i++) {
            raw += line.charAt(raw) == '\\' && raw + 1 < line.length() ? 2 : 1;
        }
        return new Position(quote.line(), line.codePointCount(0, Math.min(raw, line.length())) + 1);
    }
}
