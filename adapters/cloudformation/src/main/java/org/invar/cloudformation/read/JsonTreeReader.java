package org.invar.cloudformation.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a JSON template into a {@link Node} tree with jackson-core's streaming parser, which is
 * fast on large templates, keeps the position of every token and names what is wrong with a
 * malformed file precisely.
 */
final class JsonTreeReader {
    private final String file;
    private final ReadLimits limits;

    JsonTreeReader(String file, ReadLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    Node read(InputStream in) {
        // Jackson's own depth check is one level looser than ours, so ours (with its message) fires first.
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 1)
                        .maxDocumentLength(limits.maxChars())
                        // A string may be as long as the file may be, as a YAML scalar may: Jackson's
                        // default of 20,000,000 refused JSON that the same template in YAML passed.
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxChars()))
                        .build())
                .build();
        TreeBuilder tree = new TreeBuilder(file, limits);
        try (JsonParser p = factory.createParser(in)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                long at = at(p);
                switch (t) {
                    case START_OBJECT -> tree.startMapping(at, null);
                    case START_ARRAY -> tree.startSequence(at, null);
                    case END_OBJECT, END_ARRAY -> tree.end();
                    case FIELD_NAME -> tree.scalar(new Node.Scalar(p.currentName(), Node.ScalarType.STRING, at), null);
                    case VALUE_STRING -> tree.scalar(new Node.Scalar(tree.text(p.getText()), Node.ScalarType.STRING, at), null);
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                            tree.scalar(new Node.Scalar(tree.text(p.getText()), Node.ScalarType.NUMBER, at), null);
                    case VALUE_TRUE, VALUE_FALSE ->
                            tree.scalar(new Node.Scalar(p.getText(), Node.ScalarType.BOOL, at), null);
                    case VALUE_NULL -> tree.scalar(new Node.Scalar("", Node.ScalarType.NULL, at), null);
                    default -> throw TemplateSyntax.error(file, Pos.unpack(at), "unexpected JSON token " + t);
                }
            }
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.contains("Document length")) {
                throw TemplateSyntax.error(file, Pos.NONE, "the file is larger than " + limits.maxChars()
                        + " bytes, more than any template", e);
            }
            throw TemplateSyntax.error(file, pos(e.getLocation()), "malformed JSON: " + firstLine(message), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tree.root() == null) {
            throw TemplateSyntax.error(file, new Pos(1, 1), "the file is empty");
        }
        return tree.root();
    }

    /** Where the current token starts (a key: where its name starts), packed. */
    private static long at(JsonParser p) {
        JsonLocation location = p.currentTokenLocation();
        if (location == null || location.getLineNr() < 1) {
            return 0;
        }
        return Pos.pack(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private static Pos pos(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Pos.NONE;
        }
        return new Pos(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
