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
import java.util.Optional;
import org.invar.report.Verdict;

/**
 * The baseline file: small, sorted and pretty-printed, so that it diffs well in a pull request.
 *
 * <pre>{@code
 * {
 *   "invar_baseline" : 2,
 *   "violations" : [ {
 *     "rule" : "ecs-service-covers-its-azs",
 *     "entity" : { "kind" : "ecs_service", "id" : "Service" },
 *     "file" : "stacks/web.yml"
 *   }, {
 *     "rule" : "lb-node-has-healthy-target",
 *     "entity" : { "kind" : "lb_node", "id" : "alb/zone of Subnet1" },
 *     "verdict" : "unknown",
 *     "file" : "stacks/web.yml"
 *   } ]
 * }
 * }</pre>
 *
 * {@code "verdict"} is left out for a failure; {@code "file"} (relative to the baseline's folder)
 * or {@code "resource"} (an ARN) says where the finding was made, and both are left out for a
 * finding of neither. Format 1, written by earlier versions, has no places: its entries may name
 * an {@code "input"} and are read as {@link BaselineEntry#unplaced() unplaced}. A file is written in
 * format 2, or in format 1 when its entries came from one. A file that is not a baseline is a
 * {@link BaselineFormatException} naming its line and column; a file that cannot be read or
 * written is an {@link IOException}.
 */
public final class BaselineFile {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final String SHAPE = "{\"invar_baseline\": 2, \"violations\": [{\"rule\", \"entity\": {\"kind\", \"id\"}, "
            + "\"verdict\", \"file\" or \"resource\"}, ...]}";
    private static final int CURRENT = 2;

    private BaselineFile() {
    }

    /** The entries of a file, in its order; an entry listed twice accepts two findings. */
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

    /**
     * The text of the file for these entries: format 2, or format 1 when they are unplaced (a
     * format 1 file rewritten without some of its entries). Entries of both kinds cannot share a file.
     */
    public static String text(Collection<BaselineEntry> entries) {
        long unplaced = entries.stream().filter(BaselineEntry::unplaced).count();
        if (unplaced > 0 && unplaced < entries.size()) {
            throw new IllegalArgumentException("entries with places and entries without cannot share a baseline file");
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("invar_baseline", unplaced > 0 ? 1 : CURRENT);
            g.writeArrayFieldStart("violations");
            for (BaselineEntry e : entries.stream().sorted().toList()) {
                writeEntry(g, e);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string", e);
        }
        return out + "\n";
    }

    /** One entry as the file has it, for reports that list entries (those fixed since) the same way. */
    public static void writeEntry(JsonGenerator g, BaselineEntry e) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", e.rule());
        g.writeObjectFieldStart("entity");
        g.writeStringField("kind", e.kind());
        g.writeStringField("id", e.id());
        g.writeEndObject();
        if (e.verdict() != Verdict.FAIL) {
            g.writeStringField("verdict", e.verdict().word());
        }
        if (e.place().isPresent()) {
            Place place = e.place().get();
            if (!place.file().isEmpty()) {
                g.writeStringField("file", place.file());
            }
            if (!place.resource().isEmpty()) {
                g.writeStringField("resource", place.resource());
            }
        } else if (!e.input().isEmpty()) {
            g.writeStringField("input", e.input());
        }
        g.writeEndObject();
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

    /** An entry as written, with where it was, checked against the file's version once that is known. */
    private record Written(String rule, String[] entity, Verdict verdict, String file, String resource, String input,
                           JsonLocation inputAt, JsonLocation placeAt) {
    }

    /** One pass over the parser, checking the shape as it goes. */
    private record Parse(String file, JsonParser p) {
        List<BaselineEntry> baseline() throws IOException {
            expect(p.nextToken() == JsonToken.START_OBJECT, "not a baseline: expected " + SHAPE);
            JsonLocation start = p.currentTokenLocation();
            int version = 0;
            List<Written> entries = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                p.nextToken();
                switch (name) {
                    case "invar_baseline" -> {
                        expect(p.currentToken() == JsonToken.VALUE_NUMBER_INT
                                        && (p.getIntValue() == 1 || p.getIntValue() == CURRENT),
                                "\"invar_baseline\" is " + p.getText() + "; this invar reads versions 1 and 2");
                        version = p.getIntValue();
                    }
                    case "violations" -> entries = violations();
                    default -> throw error(file, at, "unknown field \"" + name + "\"; a baseline is " + SHAPE);
                }
            }
            if (version == 0) {
                throw error(file, start, "not a baseline: \"invar_baseline\": 2 is missing");
            }
            if (entries == null) {
                throw error(file, start, "\"violations\" is missing");
            }
            List<BaselineEntry> read = new ArrayList<>();
            for (Written w : entries) {
                read.add(version == 1 ? unplaced(w) : placed(w));
            }
            return read;
        }

        private BaselineEntry unplaced(Written w) {
            if (w.verdict() != null || w.file() != null || w.resource() != null) {
                throw error(file, w.placeAt(), "\"verdict\", \"file\" and \"resource\" are fields of a version 2 "
                        + "baseline, and this one says \"invar_baseline\": 1");
            }
            return new BaselineEntry(w.rule(), w.entity()[0], w.entity()[1], Verdict.FAIL, Optional.empty(),
                    w.input() == null ? "" : w.input());
        }

        private BaselineEntry placed(Written w) {
            if (w.input() != null) {
                throw error(file, w.inputAt(), "\"input\" is a field of a version 1 baseline; "
                        + "version 2 names the \"file\" (or the \"resource\")");
            }
            if (w.file() != null && w.resource() != null) {
                throw error(file, w.placeAt(), "a violation has a \"file\" or a \"resource\", not both");
            }
            Place place = w.file() != null ? Place.file(w.file())
                    : w.resource() != null ? Place.resource(w.resource()) : Place.NOWHERE;
            return new BaselineEntry(w.rule(), w.entity()[0], w.entity()[1],
                    w.verdict() == null ? Verdict.FAIL : w.verdict(), Optional.of(place), "");
        }

        private List<Written> violations() throws IOException {
            expect(p.currentToken() == JsonToken.START_ARRAY, "\"violations\" is not an array");
            List<Written> entries = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                entries.add(entry());
            }
            return entries;
        }

        private Written entry() throws IOException {
            expect(p.currentToken() == JsonToken.START_OBJECT,
                    "a violation is not an object {\"rule\", \"entity\": {\"kind\", \"id\"}, \"file\"}");
            JsonLocation start = p.currentTokenLocation();
            String rule = null;
            String[] entity = null;
            Verdict verdict = null;
            String inFile = null;
            String resource = null;
            String input = null;
            JsonLocation inputAt = null;
            JsonLocation placeAt = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                p.nextToken();
                switch (name) {
                    case "rule" -> rule = string("rule");
                    case "entity" -> entity = entity();
                    case "verdict" -> verdict = verdict();
                    case "file" -> inFile = string("file");
                    case "resource" -> resource = string("resource");
                    case "input" -> input = string("input");
                    default -> throw error(file, at, "unknown field \"" + name
                            + "\" in a violation; expected rule, entity, verdict, file, resource");
                }
                if (name.equals("input")) {
                    inputAt = at;
                } else if (placeAt == null && (name.equals("verdict") || name.equals("file") || name.equals("resource"))) {
                    placeAt = at;
                }
            }
            if (rule == null || entity == null) {
                throw error(file, start, "a violation needs \"rule\" and \"entity\": {\"kind\", \"id\"}");
            }
            return new Written(rule, entity, verdict, inFile, resource, input, inputAt, placeAt);
        }

        private Verdict verdict() throws IOException {
            String word = string("verdict");
            expect(word.equals("fail") || word.equals("unknown"), "\"verdict\" is fail or unknown, not \"" + word + "\"");
            return word.equals("fail") ? Verdict.FAIL : Verdict.UNKNOWN;
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
