package org.invar.testing;

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
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The file of a frozen baseline: sorted and pretty-printed, so that it diffs well in review. It
 * has the shape of the command line's {@code --write-baseline} file, without the input:
 *
 * <pre>{@code
 * {
 *   "invar_baseline" : 1,
 *   "violations" : [ {
 *     "rule" : "every az with alb_node has healthy_targets >= 1",
 *     "entity" : { "kind" : "az", "id" : "us-east-1a" }
 *   } ]
 * }
 * }</pre>
 *
 * A file that is not such a baseline is an {@link IllegalStateException} naming its line and column.
 */
final class Baseline {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final String SHAPE = "{\"invar_baseline\": 1, \"violations\": [{\"rule\", \"entity\": {\"kind\", \"id\"}}, ...]}";

    private Baseline() {
    }

    static Set<BaselineEntry> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonParser p = JSON.createParser(in)) {
            return new Parse(file.toString(), p).baseline();
        } catch (JsonParseException e) {
            throw error(file.toString(), e.getLocation(), "malformed JSON: " + jsonProblem(e));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the baseline " + file, e);
        }
    }

    /** Jackson's message without the parser's own idea of where (the location is given already). */
    private static String jsonProblem(JsonParseException e) {
        String first = e.getOriginalMessage().lines().findFirst().orElse("");
        int marker = first.indexOf(" (start marker at");
        return marker < 0 ? first : first.substring(0, marker);
    }

    static void write(Path file, Collection<BaselineEntry> entries) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text(entries), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the baseline " + file, e);
        }
    }

    static String text(Collection<BaselineEntry> entries) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("invar_baseline", 1);
            g.writeArrayFieldStart("violations");
            for (BaselineEntry e : new TreeSet<>(entries)) {
                g.writeStartObject();
                g.writeStringField("rule", e.rule());
                g.writeObjectFieldStart("entity");
                g.writeStringField("kind", e.kind());
                g.writeStringField("id", e.id());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static IllegalStateException error(String file, JsonLocation at, String message) {
        String where = at == null || at.getLineNr() < 1 ? file : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
        return new IllegalStateException(where + ": error: " + message);
    }

    /** One pass over the parser, checking the shape as it goes. */
    private record Parse(String file, JsonParser p) {
        Set<BaselineEntry> baseline() throws IOException {
            expect(p.nextToken() == JsonToken.START_OBJECT, "not a baseline: expected " + SHAPE);
            boolean versioned = false;
            Set<BaselineEntry> entries = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "invar_baseline" -> {
                        expect(p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getIntValue() == 1,
                                "\"invar_baseline\" is " + p.getText() + "; this invar reads version 1");
                        versioned = true;
                    }
                    case "violations" -> entries = violations();
                    default -> throw fail("unknown field \"" + name + "\"; a baseline is " + SHAPE);
                }
            }
            expect(versioned, "not a baseline: \"invar_baseline\": 1 is missing");
            expect(entries != null, "\"violations\" is missing");
            return entries;
        }

        private Set<BaselineEntry> violations() throws IOException {
            expect(p.currentToken() == JsonToken.START_ARRAY, "\"violations\" is not an array");
            Set<BaselineEntry> entries = new TreeSet<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                entries.add(entry());
            }
            return entries;
        }

        private BaselineEntry entry() throws IOException {
            expect(p.currentToken() == JsonToken.START_OBJECT,
                    "a violation is not an object {\"rule\", \"entity\": {\"kind\", \"id\"}}");
            JsonLocation start = p.currentTokenLocation();
            String rule = null;
            String[] entity = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "rule" -> rule = string("rule");
                    case "entity" -> entity = entity();
                    // Written by the command line's --write-baseline; a test's model has no input name.
                    case "input" -> string("input");
                    default -> throw fail("unknown field \"" + name + "\" in a violation; expected rule, entity");
                }
            }
            if (rule == null || entity == null) {
                throw error(file, start, "a violation needs \"rule\" and \"entity\": {\"kind\", \"id\"}");
            }
            return new BaselineEntry(rule, entity[0], entity[1]);
        }

        private String[] entity() throws IOException {
            expect(p.currentToken() == JsonToken.START_OBJECT, "\"entity\" is not an object {\"kind\", \"id\"}");
            String kind = null;
            String id = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "kind" -> kind = string("kind");
                    case "id" -> id = string("id");
                    default -> throw fail("unknown field \"" + name + "\" in an entity; expected kind, id");
                }
            }
            expect(kind != null && id != null, "an entity needs \"kind\" and \"id\"");
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

        private IllegalStateException fail(String message) {
            return error(file, p.currentTokenLocation(), message);
        }
    }
}
