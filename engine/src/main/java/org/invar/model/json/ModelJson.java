package org.invar.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.schema.Schema;

/**
 * The model file format: any tool can hand the engine a model, and any model can be looked at
 * ({@code invar model} prints one, derived facts included).
 *
 * <pre>{@code
 * {
 *   "invar_model": 1,
 *   "entities": [
 *     {
 *       "kind": "subnet",
 *       "id": "subnet-a",
 *       "attributes": {
 *         "cidr": "10.0.0.0/24",
 *         "map_public_ip_on_launch": {"unknown": "parameter PublicIp has no value"}
 *       },
 *       "relations": {
 *         "az": ["us-east-1a"],
 *         "route_table": {"unknown": "Fn::If on an undecidable condition"}
 *       },
 *       "origin": {"file": "network.yml", "line": 12, "column": 3, "resource": "SubnetA"}
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <pre>{@code
 * Model model = ModelJson.read(Path.of("model.json"));
 * String text = ModelJson.write(model);
 * }</pre>
 *
 * <p>Reading:
 * <ul>
 * <li>{@code "invar_model"} must be 1 and {@code "entities"} an array. Fields may come in any order,
 *     though a file that puts {@code "invar_model"} first has it checked before anything else.
 * <li>An entity has a {@code "kind"} of the schema and a non-empty {@code "id"}; the same kind and
 *     id twice is an error.
 * <li>Attribute values follow the schema's type: an int for {@code int}; an int or a number with a
 *     fraction for {@code decimal}; a string; {@code true} or {@code false}; an array for
 *     {@code list}, whose elements are ints, numbers with a fraction (decimals), strings, bools,
 *     arrays or unknowns. {@code {"unknown": "REASON"}} is an unknown value of any type. Any other
 *     JSON type, {@code null} included, is an error: leave an absent attribute out.
 * <li>A relation lists target ids; the target kind comes from the schema, and every id must be an
 *     entity of the file. An edge given on one side of a relation pair is known on the other, so a
 *     file may give either side or both. {@code {"unknown": "REASON"}} makes the relation unknown.
 * <li>{@code "origin"} is optional, and so is each of its {@code "file"}, {@code "line"},
 *     {@code "column"} and {@code "resource"} (a logical id, a Terraform address, an ARN).
 * <li>Derived facts are not read: entities of derived kinds ({@code lb_node}), derived attributes
 *     and derived relations are skipped without a word and recomputed on load, so a written model
 *     reads back as it was written.
 * <li>Unknown kinds, fields, attributes and relations are errors, with a "did you mean". Errors
 *     are {@link ModelFileException}s, {@code FILE:LINE:COL: error: ...}; the first one stops the
 *     reading.
 * </ul>
 *
 * <p>Extensions to the format of the design, written only when a model needs them:
 * <ul>
 * <li>{@code "exists": {"unknown": "REASON"}} on an entity: whether it exists cannot be decided (an
 *     undecidable CloudFormation condition).
 * <li>{@code {"unknown": "REASON", "known": [ids]}} as a relation: unknown, though these targets are
 *     known (an edge given from the other side of a pair).
 * <li>Decimals that are not finite are written {@code NaN}, {@code Infinity} and {@code -Infinity},
 *     bare, as JavaScript does; the reader accepts them. Nothing else in a model needs them.
 * </ul>
 *
 * <p>Writing emits every entity, derived ones and derived fields included: kinds in schema order,
 * entities in model order, attributes and relations in schema order, relation targets in the order
 * the model holds them; absent attributes, empty relations and empty origins are left out. The
 * layout is fixed (2-space indent, one field per line, values on one line, {@code \n} line ends),
 * so the same model always gives the same text, and reading a written file and writing it again
 * gives the same text.
 */
public final class ModelJson {
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .build();

    /** Jackson's "[Source: ...; line: 1, column: 2]", inside a message that already has a position. */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    /** A byte order mark, which a stream's decoder drops but a reader or a string may still hold. */
    private static final char BOM = '\uFEFF';

    private ModelJson() {
    }

    /**
     * Reads a model file against schema v1; errors name the path as given.
     *
     * @throws ModelFileException when the file is not a valid model, with the position and the fix
     * @throws IOException when the file cannot be read
     */
    public static Model read(Path file) throws IOException {
        return read(file, Schema.v1());
    }

    /** Reads a model file against a schema of the caller's (v1 extended with an organisation's kinds). */
    public static Model read(Path file, Schema schema) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in, schema);
        }
    }

    /**
     * Reads model JSON from a stream (UTF-8, -16 or -32, detected), which is left open;
     * {@code sourceName} names it in errors.
     */
    public static Model read(String sourceName, InputStream in) throws IOException {
        return read(sourceName, in, Schema.v1());
    }

    public static Model read(String sourceName, InputStream in, Schema schema) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            return read(sourceName, p, schema);
        }
    }

    /** Reads model JSON from a reader, which is left open; {@code sourceName} names it in errors. */
    public static Model read(String sourceName, Reader in) throws IOException {
        return read(sourceName, in, Schema.v1());
    }

    public static Model read(String sourceName, Reader in, Schema schema) throws IOException {
        PushbackReader unmarked = new PushbackReader(in, 1);
        int first = unmarked.read();
        if (first >= 0 && first != BOM) {
            unmarked.unread(first);
        }
        try (JsonParser p = FACTORY.createParser(unmarked)) {
            return read(sourceName, p, schema);
        }
    }

    /** Reads model JSON held in a string; {@code sourceName} names it in errors. */
    public static Model read(String sourceName, String json) {
        return read(sourceName, json, Schema.v1());
    }

    public static Model read(String sourceName, String json, Schema schema) {
        String unmarked = !json.isEmpty() && json.charAt(0) == BOM ? json.substring(1) : json;
        try (JsonParser p = FACTORY.createParser(unmarked)) {
            return read(sourceName, p, schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string cannot fail to read
        }
    }

    /**
     * Reads model JSON from a stream into a builder that may hold other inputs' entities, without
     * building; relations must name entities of this file.
     */
    public static void fill(String sourceName, InputStream in, ModelBuilder builder) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            parse(sourceName, p, () -> {
                new ModelReader(sourceName, builder).fill(p);
                return null;
            });
        }
    }

    private static Model read(String sourceName, JsonParser p, Schema schema) throws IOException {
        return parse(sourceName, p, () -> new ModelReader(sourceName, schema).read(p));
    }

    private interface Reading<T> {
        T run() throws IOException;
    }

    /** Runs a read, turning Jackson's errors into located model file errors. */
    private static <T> T parse(String sourceName, JsonParser p, Reading<T> reading) throws IOException {
        try {
            return reading.run();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            throw new ModelFileException("json", sourceName, Math.max(at.getLineNr(), 0),
                    Math.max(at.getColumnNr(), 0), reason(e.getOriginalMessage()));
        } catch (CharConversionException e) {
            JsonLocation at = p.currentLocation();
            throw new ModelFileException("json", sourceName, Math.max(at.getLineNr(), 0),
                    Math.max(at.getColumnNr(), 0), reason(e.getMessage()));
        }
    }

    /** Jackson's own words, first line only, with its source descriptions cut down to line:column. */
    static String reason(String message) {
        if (message == null || message.isBlank()) {
            return "malformed JSON";
        }
        String first = message.strip().lines().findFirst().orElse(message);
        Matcher m = SOURCE.matcher(first);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + ":" + r.group(2))).strip();
    }

    /** Writes the model as a model file, ending with a newline; {@code out} is flushed, not closed. */
    public static void write(Model model, Writer out) throws IOException {
        ModelWriter.write(FACTORY, model, out);
    }

    /** The model as the text of a model file. */
    public static String write(Model model) {
        StringWriter out = new StringWriter();
        try {
            write(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
