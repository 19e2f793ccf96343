package org.invar.terraform.hcl.syntax;

import java.util.ArrayList;
import java.util.List;

/** The literal text of templates: escapes of quoted strings, and the indentation {@code <<-} removes. */
final class TemplateText {
    private TemplateText() {
    }

    /** A quoted string's literal part: {@code \n}, {@code \"}, {@code \\u00e9}, {@code $${}, {@code %%{}. */
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
                    case 'u', 'U' -> {
                        int len = e == 'u' ? 4 : 8;
                        int end = Math.min(raw.length(), i + 1 + len);
                        try {
                            out.appendCodePoint(Integer.parseInt(raw.substring(i + 1, end), 16));
                            i = end - 1;
                        } catch (IllegalArgumentException bad) {
                            out.append('\\').append(e);
                        }
                    }
                    default -> out.append(e);
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
