package org.invar.terraform.hcl.function;

import java.util.List;
import java.util.Map;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;

/**
 * YAML as Terraform's {@code yamlencode} writes it (go-cty-yaml on go-yaml's emitter), so
 * that a rendered document is the same text, byte for byte: strings double-quoted (folded at a
 * space past column 80), a string with a newline as a literal block ({@code |}, with
 * {@code -}/{@code +} chomping and an indentation digit when it starts with a space or newline),
 * unless it cannot be one; lists as block sequences (not indented under a key), maps as block
 * mappings with their keys in lexical order, empty ones as {@code []} and {@code {}}; a document
 * that is a single plain scalar ends with {@code ...}.
 */
final class YamlWriter {
    private static final int WIDTH = 80;
    /** Longer keys (in UTF-8 bytes) are written as complex keys ({@code ? key}), as go-yaml does. */
    private static final int SIMPLE_KEY = 128;

    private final StringBuilder out = new StringBuilder();
    private int column;

    private YamlWriter() {
    }

    static String encode(Value v) {
        YamlWriter w = new YamlWriter();
        boolean plain = w.node(v, 0, false);
        w.newline();
        if (plain) {
            w.write("...");
            w.newline();
        }
        return w.out.toString();
    }

    /** Writes a value where the cursor is; whether it was a plain scalar. Ends at the end of its last line. */
    private boolean node(Value value, int indent, boolean key) {
        Value v = Values.force(value);
        if (v instanceof Value.Tuple t && !t.items().isEmpty()) {
            sequence(t.items(), indent);
            return false;
        }
        if (v instanceof Value.Obj o && !o.attributes().isEmpty()) {
            mapping(o.attributes(), indent);
            return false;
        }
        if (v instanceof Value.Tuple) {
            write("[]");
            return false;
        }
        if (v instanceof Value.Obj) {
            write("{}");
            return false;
        }
        if (v instanceof Value.Str s) {
            string(s.value(), indent + 2, key);
            return false;
        }
        write(v instanceof Value.Null ? "null" : Values.string(v).orElse("null"));
        return true;
    }

    /** Items at this indent, the first where the cursor is. */
    private void sequence(List<Value> items, int indent) {
        boolean first = true;
        for (Value item : items) {
            if (!first) {
                newline();
                spaces(indent);
            }
            first = false;
            write("- ");
            if (Values.force(item) instanceof Value.Str s) {
                string(s.value(), indent + 2, false); // a scalar item is indented from the dash, not further
            } else {
                node(item, indent + 2, false);
            }
        }
    }

    /** Entries with their keys at this indent, the first where the cursor is. */
    private void mapping(Map<String, Value> entries, int indent) {
        boolean first = true;
        for (Map.Entry<String, Value> e : entries.entrySet()) {
            if (!first) {
                newline();
                spaces(indent);
            }
            first = false;
            String k = e.getKey();
            boolean complex = k.contains("\n") || k.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > SIMPLE_KEY;
            if (complex) {
                write("? ");
                string(k, indent + 2, false);
                newline();
                spaces(indent);
            } else {
                string(k, indent + 2, true);
            }
            write(":");
            Value v = Values.force(e.getValue());
            boolean block = (v instanceof Value.Tuple t && !t.items().isEmpty())
                    || (v instanceof Value.Obj o && !o.attributes().isEmpty());
            if (block) {
                newline();
                int inner = v instanceof Value.Obj ? indent + 2 : indent;
                spaces(inner);
                node(v, inner, false);
            } else {
                write(" ");
                node(v, indent, false);
            }
        }
    }

    private void string(String s, int indent, boolean key) {
        if (!key && s.contains("\n") && blockAllowed(s)) {
            literal(s, indent);
        } else {
            doubleQuoted(s, indent, !key);
        }
    }

    /** Whether go-yaml can write the text as a block scalar: only printable characters, no space before a line break or at the end. */
    private static boolean blockAllowed(String s) {
        if (s.endsWith(" ")) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!printable(c) || c == 0xFEFF || (c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == '\n')) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private void literal(String s, int indent) {
        write("|");
        if (s.startsWith(" ") || s.startsWith("\n")) {
            write("2");
        }
        if (!s.endsWith("\n")) {
            write("-");
        } else if (s.length() == 1 || s.endsWith("\n\n")) {
            write("+");
        }
        boolean lineStart = true;
        out.append('\n');
        column = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                out.append('\n');
                column = 0;
                lineStart = true;
                continue;
            }
            if (lineStart) {
                spaces(indent);
                lineStart = false;
            }
            out.appendCodePoint(c);
            column++;
        }
        if (!s.endsWith("\n")) {
            out.append('\n');
        }
        column = 0;
        out.setLength(out.length() - 1); // the caller ends the line
        column = lastLineLength();
    }

    private void doubleQuoted(String s, int indent, boolean breaks) {
        write("\"");
        boolean spaces = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int next = i + Character.charCount(c);
            if (!printable(c) || c == 0xFEFF || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029 || c == '"'
                    || c == '\\') {
                write(escape(c));
                spaces = false;
            } else if (c == ' ') {
                if (breaks && !spaces && column > WIDTH && i != 0 && next != s.length()) {
                    newline();
                    spaces(indent);
                    if (next < s.length() && s.charAt(next) == ' ') {
                        write("\\");
                    }
                } else {
                    write(" ");
                }
                spaces = true;
            } else {
                out.appendCodePoint(c);
                column++;
                spaces = false;
            }
            i = next;
        }
        write("\"");
    }

    /** go-yaml's printable characters: no control characters, nothing outside the BMP, no U+FFFE or U+FFFF. */
    private static boolean printable(int c) {
        return c == 0x0A || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
    }

    private static String escape(int c) {
        return switch (c) {
            case 0 -> "\\0";
            case 7 -> "\\a";
            case 8 -> "\\b";
            case 9 -> "\\t";
            case 0x0A -> "\\n";
            case 0x0B -> "\\v";
            case 0x0C -> "\\f";
            case 0x0D -> "\\r";
            case 0x1B -> "\\e";
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case 0x85 -> "\\N";
            case 0xA0 -> "\\_";
            case 0x2028 -> "\\L";
            case 0x2029 -> "\\P";
            default -> c <= 0xFF ? String.format("\\x%02X", c) : c <= 0xFFFF ? String.format("\\u%04X", c)
                    : String.format("\\U%08X", c);
        };
    }

    private void write(String s) {
        out.append(s);
        column += s.codePointCount(0, s.length());
    }

    private void spaces(int n) {
        write(" ".repeat(n));
    }

    private void newline() {
        out.append('\n');
        column = 0;
    }

    private int lastLineLength() {
        int nl = out.lastIndexOf("\n");
        return out.codePointCount(nl + 1, out.length());
    }
}
