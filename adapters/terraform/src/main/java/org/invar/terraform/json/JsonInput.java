package org.invar.terraform.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.invar.spi.ModelLoadException;

/**
 * A JSON file read token by token, with its name for messages. Whatever is wrong in it (a
 * syntax error, a truncated file, a value of the wrong shape) becomes a
 * {@link ModelLoadException} that names {@code file:line:col}.
 */
public final class JsonInput implements AutoCloseable {
    /** Deeper than any Terraform value; bounds the stack for hostile input. */
    private static final int MAX_DEPTH = 400;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 50).build())
            .build();

    /** Longer strings (policies, scripts) are seldom repeated. */
    private static final int SHARED_LENGTH = 64;

    private final String file;
    private final JsonParser parser;
    // Plans repeat short values (zones, actions, CIDRs, types) across thousands of resources:
    // each is kept once.
    private final Map<String, Json.Str> strings = new HashMap<>();
    private final Map<String, Json.Num> numbers = new HashMap<>();

    public JsonInput(String file, InputStream in) throws IOException {
        this.file = file;
        this.parser = FACTORY.createParser(in);
    }

    public String file() {
        return file;
    }

    /** The next token; a syntax error or the end of the input in the middle of a value is an error. */
    public JsonToken next() throws IOException {
        try {
            JsonToken t = parser.nextToken();
            if (t == null && parser.getParsingContext() != null && !parser.getParsingContext().inRoot()) {
                throw errorHere("the file ends in the middle of a JSON value (is it truncated?)");
            }
            return t;
        } catch (StreamReadException e) {
            throw syntax(e);
        }
    }

    /** The current token. */
    public JsonToken token() {
        return parser.currentToken();
    }

    /** The name of the current field. */
    public String name() throws IOException {
        return parser.currentName();
    }

    /** The text of the current token; a string is decoded here, so its bad escapes are reported here. */
    public String text() throws IOException {
        try {
            return parser.getText();
        } catch (StreamReadException e) {
            throw syntax(e);
        }
    }

    public int line() {
        return location().getLineNr();
    }

    public int column() {
        return location().getColumnNr();
    }

    private JsonLocation location() {
        return parser.currentTokenLocation();
    }

    /** Moves to the next field of the current object; false at its end. The current token is then the value. */
    public boolean nextField() throws IOException {
        JsonToken t = next();
        if (t == JsonToken.END_OBJECT) {
            return false;
        }
        if (t != JsonToken.FIELD_NAME) {
            throw errorHere("expected a field name, found " + describe(t));
        }
        next();
        return true;
    }

    /** Moves to the next element of the current array; false at its end. */
    public boolean nextElement() throws IOException {
        return next() != JsonToken.END_ARRAY;
    }

    /** Requires the current token to start an object; {@code what} names it in the message. */
    public void expectObject(String what) {
        if (token() != JsonToken.START_OBJECT) {
            throw errorHere(what + " should be an object, not " + describe(token()));
        }
    }

    public void expectArray(String what) {
        if (token() != JsonToken.START_ARRAY) {
            throw errorHere(what + " should be a list, not " + describe(token()));
        }
    }

    /** Skips the current value, however large, reading it as a stream. */
    public void skip() throws IOException {
        try {
            parser.skipChildren();
        } catch (StreamReadException e) {
            throw syntax(e);
        }
        if (parser.currentToken() == null) {
            throw errorHere("the file ends in the middle of a JSON value (is it truncated?)");
        }
    }

    /** Reads the current value whole. */
    public Json read() throws IOException {
        return read(0, null);
    }

    /** Reads the current object, keeping only the members whose names pass {@code keep}. */
    public Json readKeeping(Predicate<String> keep) throws IOException {
        return read(0, keep);
    }

    private Json read(int depth, Predicate<String> keep) throws IOException {
        if (depth > MAX_DEPTH) {
            throw errorHere("values are nested more than " + MAX_DEPTH + " deep");
        }
        JsonToken t = token();
        if (t == null) {
            throw errorHere("the file ends in the middle of a JSON value (is it truncated?)");
        }
        switch (t) {
            case START_OBJECT -> {
                Map<String, Json> members = new LinkedHashMap<>();
                while (nextField()) {
                    String n = name();
                    if (keep == null || keep.test(n)) {
                        members.put(n, read(depth + 1, null));
                    } else {
                        skip();
                    }
                }
                return new Json.Obj(members);
            }
            case START_ARRAY -> {
                List<Json> items = new ArrayList<>();
                while (nextElement()) {
                    items.add(read(depth + 1, null));
                }
                return new Json.Arr(items);
            }
            case VALUE_STRING -> {
                return string(text());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                String literal = text();
                return numbers.computeIfAbsent(literal, Json.Num::new);
            }
            case VALUE_TRUE -> {
                return Json.TRUE;
            }
            case VALUE_FALSE -> {
                return Json.FALSE;
            }
            case VALUE_NULL -> {
                return Json.NULL;
            }
            default -> throw errorHere("expected a JSON value, found " + describe(t));
        }
    }

    private Json.Str string(String value) {
        return value.length() > SHARED_LENGTH ? new Json.Str(value) : strings.computeIfAbsent(value, Json.Str::new);
    }

    /** An error at the current token. */
    public ModelLoadException errorHere(String message) {
        return ModelLoadException.at(file, line(), column(), message);
    }

    /** An error at a position read before. */
    public ModelLoadException errorAt(int line, int column, String message) {
        return ModelLoadException.at(file, line, column, message);
    }

    private ModelLoadException syntax(StreamReadException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : location();
        String message = e.getOriginalMessage();
        if (message != null && (message.contains("end-of-input") || message.contains("Unexpected end"))) {
            message = "the file ends in the middle of a JSON value (is it truncated?)";
        } else {
            message = "not valid JSON: " + firstLine(message);
        }
        return ModelLoadException.at(file, at.getLineNr(), at.getColumnNr(), message);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** How a token reads in a message. */
    public String describe(JsonToken t) {
        try {
            return describeToken(t);
        } catch (IOException e) {
            return t == null ? "the end of the file" : t.name();
        }
    }

    private String describeToken(JsonToken t) throws IOException {
        if (t == null) {
            return "the end of the file";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "the string \"" + abbreviate(parser.getText()) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + parser.getText();
            case VALUE_TRUE, VALUE_FALSE -> parser.getText();
            case VALUE_NULL -> "null";
            case FIELD_NAME -> "the field \"" + parser.currentName() + "\"";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
