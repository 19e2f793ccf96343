package org.invar.report.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The baseline file: small, sorted and pretty-printed, so that it diffs well in a pull request.
 *
 * <pre>{@code
 * {
 *   "invar_baseline" : 1,
 *   "violations" : [ {
 *     "rule" : "ecs-service-covers-its-azs",
 *     "entity" : { "kind" : "ecs_service", "id" : "Service" },
 *     "input" : "stacks/web.yml"
 *   } ]
 * }
 * }</pre>
 *
 * {@code "input"} is left out when an entry has none. A file that is not a baseline is a
 * {@link BaselineFormatException} naming its line and column; a file that cannot be read or
 * written is an {@link IOException}.
 */
public final class BaselineFile {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final String SHAPE = "{\"invar_baseline\": 1, \"violations\": [{\"rule\", \"entity\": {\"kind\", \"id\"}, "
            + "\"input\"}, ...]}";

    private BaselineFile() {
    }

    /** The entries of a file, in its order; an entry listed twice accepts two failures. */
    public static List<BaselineEntry> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonParser p = JSON.createParser(in)) {
            return new Parse(file.toString(), p).baseline();
        } catch (JsonParseException e) {
            throw error(file.toString(), e.getLocation(), "malformed JSON: " + jsonProblem(e));
        }
    }

    /** Writes the entries sorted. */
    public static void write(Path file, Collection<BaselineEntry> entries) throws IOException {
        Files.writeString(file, text(entries), StandardCharsets.UTF_8);
    }

    /** The text of the file for these entries. */
    public static String text(Collection<BaselineEntry> entries) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("invar_baseline", 1);
            g.writeArrayFieldStart("violations");
            for (BaselineEntry e : entries.stream().sorted().toList()) {
                g.writeStartObject();
                g.writeStringField("rule", e.rule());
                g.writeObjectFieldStart("entity");
                g.writeStringField("kind", e.kind());
                g.writeStringField("id", e.id());
                g.writeEndObject();
                if (!e.input().isEmpty()) {
                    g.writeStringField("input", e.input());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string", e);
        }
        return out + "\n";
    }

    /** Jackson's message without the parser's own idea of where (the location is given already). */
    private static String jsonProblem(JsonParseException e) {
        String first = e.getOriginalMessage().lines().findFirst().orElse("");
        int marker = first.indexOf(" (start marker at");
        return marker < 0 ? first : first.substring(0, marker);
    }

    private static BaselineFormatException error(String file, JsonLocation at, String message) {
        String where = at == null || at.getLineNr() < 1 ? file : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
        return new BaselineFormatException(where + ": error: " + message);
    }

    /** One pass over the parser, checking the shape as it goes. */
    private record Parse(String file, JsonParser p) {
        List<BaselineEntry> baseline() throws IOException {
            expect(p.nextToken() == JsonToken.START_OBJECT, "not a baseline: expected " + SHAPE);
            JsonLocation start = p.currentTokenLocation();
            boolean versioned = false;
            List<BaselineEntry> entries = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                p.nextToken();
                switch (name) {
                    case "invar_baseline" -> {
                        expect(p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getIntValue() == 1,
                                "\"invar_baseline\" is " + p.getText() + "; this invar reads version 1");
                        versioned = true;
                    }
                    case "violations" -> entries = violations();
                    default -> throw error(file, at, "unknown field \"" + name + "\"; a baseline is " + SHAPE);
                }
            }
            if (!versioned) {
                throw error(file, start, "not a baseline: \"invar_baseline\": 1 is missing");
            }
            if (entries == null) {
                throw error(file, start, "\"violations\" is missing");
            }
            return entries;
        }

        private List<BaselineEntry> violations() throws IOException {
            expect(p.currentToken() == JsonToken.START_ARRAY, "\"violations\" is not an array");
            List<BaselineEntry> entries = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                entries.add(entry());
            }
            return entries;
        }

        private BaselineEntry entry() throws IOException {
            expect(p.currentToken() == JsonToken.START_OBJECT,
                    "a violation is not an object {\"rule\", \"entity\": {\"kind\", \"id\"}, \"input\"}");
            JsonLocation start = p.currentTokenLocation();
            String rule = null;
            String[] entity = null;
            String input = "";
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                p.nextToken();
                switch (name) {
                    case "rule" -> rule = string("rule");
                    case "input" -> input = string("input");
                    case "entity" -> entity = entity();
                    default -> throw error(file, at, "unknown field \"" + name + "\" in a violation; expected rule, entity, input");
                }
            }
            if (rule == null || entity == null) {
                throw error(file, start, "a violation needs \"rule\" and \"entity\": {\"kind\", \"id\"}");
            }
            return new BaselineEntry(rule, entity[0], entity[1], input);
        }

        private String[] entity() throws IOException {
            expect(p.currentToken() == JsonToken.START_OBJECT, "\"entity\" is not an object {\"kind\", \"id\"}");
            JsonLocation start = p.currentTokenLocation();
            String kind = null;
            String id = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                p.nextToken();
                switch (name) {
                    case "kind" -> kind = string("kind");
                    case "id" -> id = string("id");
                    default -> throw error(file, at, "unknown field \"" + name + "\" in an entity; expected kind, id");
                }
            }
            if (kind == null || id == null) {
                throw error(file, start, "an entity needs \"kind\" and \"id\"");
            }
            return new String[] {kind, id};
        }

        private String string(String field) throws IOException {
            expect(p.currentToken() == JsonToken.VALUE_STRING, "\"" + field + "\" is not a string");
            return p.getText();
        }

        private void expect(boolean ok, String message) {
            if (!ok) {
                throw fail(message);
            }
        }

        private BaselineFormatException fail(String message) {
            return error(file, p.currentTokenLocation(), message);
        }
    }
}
