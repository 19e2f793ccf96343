package org.invar.format;

/**
 * Text as XML 1.0 can carry it: characters XML forbids (most control characters, lone surrogates)
 * become U+FFFD, and line ends become what a parser would read back, so what a reader sees is what
 * was written. In an attribute, line breaks and tabs become spaces, as attribute normalization
 * would make them anyway.
 */
final class XmlText {
    private static final char REPLACEMENT = '\uFFFD';

    private XmlText() {
    }

    /** For element content: forbidden characters replaced, CR LF and CR read as LF. */
    static String content(String text) {
        return clean(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** For an attribute value: forbidden characters replaced, line breaks and tabs as spaces. */
    static String attribute(String text) {
        return clean(text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' '));
    }

    private static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean ok = pair || allowed(c);
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (pair) {
                    out.append(c).append(text.charAt(++i));
                } else {
                    out.append(ok ? c : REPLACEMENT);
                }
            } else if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
