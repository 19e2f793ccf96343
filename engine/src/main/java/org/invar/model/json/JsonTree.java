package org.invar.model.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * One JSON value read whole, each part with the line and column where it starts. The reader buffers
 * one entity at a time this way, so an entity's fields may come in any order ({@code "kind"} after
 * {@code "attributes"}) and every error still points at the offending token.
 */
final class JsonTree {
    private JsonTree() {
    }

    /** A JSON value and where it starts. */
    sealed interface Node permits Obj, Arr, Str, Int, Num, Bool, Null {
        int line();

        int column();

        /** How the value reads in a message: scalars as in JSON, containers as "an object", "an array". */
        String show();
    }

    record Member(String name, int line, int column, Node value) {
    }

    record Obj(List<Member> members, int line, int column) implements Node {
        Member member(String name) {
            for (Member m : members) {
                if (m.name().equals(name)) {
                    return m;
                }
            }
            return null;
        }

        @Override
        public String show() {
            return "an object";
        }
    }

    record Arr(List<Node> elements, int line, int column) implements Node {
        @Override
        public String show() {
            return "an array";
        }
    }

    record Str(String value, int line, int column) implements Node {
        @Override
        public String show() {
            return quote(value);
        }
    }

    /** An integer; {@code big} is set, and {@code value} meaningless, when it does not fit a long. */
    record Int(long value, BigInteger big, int line, int column) implements Node {
        boolean fitsLong() {
            return big == null;
        }

        double doubleValue() {
            return big == null ? value : big.doubleValue();
        }

        @Override
        public String show() {
            return big == null ? Long.toString(value) : big.toString();
        }
    }

    /** A number with a fraction or an exponent (or NaN and the infinities, which the writer emits bare). */
    record Num(double value, String text, int line, int column) implements Node {
        @Override
        public String show() {
            return text;
        }
    }

    record Bool(boolean value, int line, int column) implements Node {
        @Override
        public String show() {
            return Boolean.toString(value);
        }
    }

    record Null(int line, int column) implements Node {
        @Override
        public String show() {
            return "null";
        }
    }

    /** Reads the value at the parser's current token, leaving the parser on its last token. */
    static Node read(JsonParser p) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                List<Member> members = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation nameAt = p.currentTokenLocation();
                    String name = p.currentName();
                    p.nextToken();
                    members.add(new Member(name, nameAt.getLineNr(), nameAt.getColumnNr(), read(p)));
                }
                return new Obj(members, line, column);
            }
            case START_ARRAY -> {
                List<Node> elements = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(read(p));
                }
                return new Arr(elements, line, column);
            }
            case VALUE_STRING -> {
                return new Str(p.getText(), line, column);
            }
            case VALUE_NUMBER_INT -> {
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    return new Int(0, p.getBigIntegerValue(), line, column);
                }
                return new Int(p.getLongValue(), null, line, column);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Num(p.getDoubleValue(), p.getText(), line, column);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Bool(token == JsonToken.VALUE_TRUE, line, column);
            }
            case VALUE_NULL -> {
                return new Null(line, column);
            }
            default -> throw new IllegalStateException("unexpected token " + token);
        }
    }

    /** A string as JSON writes it, cut short when long. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        int limit = 60;
        for (int i = 0; i < s.length(); i++) {
            if (i == limit) {
                out.append("...");
                break;
            }
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
