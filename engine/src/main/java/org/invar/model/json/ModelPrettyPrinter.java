package org.invar.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.util.BitSet;

/**
 * The layout of a written model: the file, the entity list, each entity and its attributes and
 * relations one field per line with a 2-space indent; values (id lists, lists, unknowns, origins)
 * on one line. The writer asks for the one-line form with {@link #inline()} before opening a
 * container; everything inside a one-line container stays on that line. Lines end with {@code \n}
 * whatever the platform, so written models compare byte for byte.
 */
final class ModelPrettyPrinter implements PrettyPrinter {
    /** Whether the container at each depth is laid out one field per line. */
    private final BitSet multiline = new BitSet();
    private int depth;
    private boolean inlineNext;

    /** The next object or array opened goes on one line. */
    void inline() {
        inlineNext = true;
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        open();
        g.writeRaw('{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        newline(g, depth);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        separate(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        close(g, entries);
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        open();
        g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        newline(g, depth);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        separate(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        close(g, values);
        g.writeRaw(']');
    }

    private void open() {
        boolean outerMultiline = depth == 0 || multiline.get(depth);
        depth++;
        multiline.set(depth, outerMultiline && !inlineNext);
        inlineNext = false;
    }

    private void separate(JsonGenerator g) throws IOException {
        if (multiline.get(depth)) {
            newline(g, depth);
        } else {
            g.writeRaw(' ');
        }
    }

    private void close(JsonGenerator g, int entries) throws IOException {
        if (entries > 0) {
            newline(g, depth - 1);
        }
        depth--;
    }

    private void newline(JsonGenerator g, int indent) throws IOException {
        if (!multiline.get(depth)) {
            return;
        }
        g.writeRaw('\n');
        for (int i = 0; i < indent; i++) {
            g.writeRaw("  ");
        }
    }
}
