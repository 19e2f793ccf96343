package org.invar.terraform.hcl.syntax;

import java.util.ArrayList;
import java.util.List;

/** The literal text of templates: escapes of quoted strings, and the indentation {@code <<-} removes. */
final class TemplateText {
    private TemplateText() {
    }

    /** An escape HCL does not have; {@code offset} is where it is in the text. */
    static final class BadEscape extends IllegalArgumentException {
        final int offset;

        BadEscape(int offset, String message) {
            super(message);
            this.offset = offset;
        }
    }

    /**
     * A quoted string's literal part: {@code \n \r \t \" \\ \\uNNNN \\UNNNNNNNN}, {@code $${},
     * {@code %%{}; any other escape is a {@link BadEscape}, as in HCL.
     */
    static String unescape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char e = raw.charAt(++i);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case '"', '\\' -> out.append(e);
                    case 'u', 'U' -> {
                        int len = e == 'u' ? 4 : 8;
                        int end = i + 1 + len;
                        String hex = end <= raw.length() ? raw.substring(i + 1, end) : "";
                        if (!hex.matches("[0-9A-Fa-f]+") || Integer.parseUnsignedInt(hex, 16) > Character.MAX_CODE_POINT) {
                            throw new BadEscape(i - 1, "invalid escape sequence \\" + e + ": it takes " + len
                                    + " hexadecimal digits of a Unicode character, as \\" + (e == 'u' ? "u00e9" : "U0001F600"));
                        }
                        out.appendCodePoint(Integer.parseUnsignedInt(hex, 16));
                        i = end - 1;
                    }
                    default -> throw new BadEscape(i - 1, "invalid escape sequence \\" + e + "; a quoted string has"
                            + " \\n, \\r, \\t, \\\", \\\\, \\uNNNN and \\UNNNNNNNN (write \\\\ for a backslash)");
                }
            } else if ((c == '$' || c == '%') && i + 2 < raw.length() && raw.charAt(i + 1) == c
                    && raw.charAt(i + 2) == '{') {
                out.append(c);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A heredoc's literal part: no backslash escapes, only {@code $${} and {@code %%{}. */
    static String unescapeHeredoc(String raw) {
        return raw.replace("$${", "${").replace("%%{", "%{");
    }

    /** {@code <<-}: the spaces every line starts with are removed. */
    static List<Expr> dedent(List<Expr> parts) {
        int min = Integer.MAX_VALUE;
        boolean lineStart = true;
        for (Expr p : parts) {
            if (p instanceof Expr.Literal l && l.value() instanceof String s) {
                for (int i = 0; i < s.length(); i++) {
                    if (lineStart && s.charAt(i) != '\n') {
                        int n = 0;
                        while (i + n < s.length() && (s.charAt(i + n) == ' ' || s.charAt(i + n) == '\t')) {
                            n++;
                        }
                        min = Math.min(min, n);
                    }
                    lineStart = s.charAt(i) == '\n';
                }
            } else {
                lineStart = false;
            }
        }
        if (min == 0 || min == Integer.MAX_VALUE) {
            return parts;
        }
        List<Expr> out = new ArrayList<>();
        lineStart = true;
        for (Expr p : parts) {
            if (p instanceof Expr.Literal l && l.value() instanceof String s) {
                StringBuilder b = new StringBuilder();
                int skip = lineStart ? min : 0;
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (skip > 0 && (c == ' ' || c == '\t')) {
                        skip--;
                        continue;
                    }
                    skip = 0;
                    b.append(c);
                    if (c == '\n') {
                        skip = min;
                    }
                }
                lineStart = s.endsWith("\n");
                out.add(new Expr.Literal(b.toString(), l.pos()));
            } else {
                lineStart = false;
                out.add(p);
            }
        }
        return out;
    }
}
