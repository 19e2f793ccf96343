package org.invar.cloudformation.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a template file, YAML or JSON, into a {@link Node} tree within {@link ReadLimits}.
 *
 * <pre>{@code
 * Node root = new TemplateReader(ReadLimits.DEFAULT).read("stack.yml", bytes);
 * Node fromFile = new TemplateReader(ReadLimits.DEFAULT).read("stack.yml", Path.of("stack.yml"));
 * }</pre>
 *
 * A file is parsed as it is read, in chunks: a 10 MB template never sits whole in memory beside
 * the tree made of it.
 */
public final class TemplateReader {
    private final ReadLimits limits;

    public TemplateReader(ReadLimits limits) {
        this.limits = limits;
    }

    /** Parses {@code content}; {@code file} names it in messages. Bad input throws ModelLoadException. */
    public Node read(String file, byte[] content) {
        checkSize(file, content.length);
        TextShape shape = TextShape.of(file, new ByteArrayInputStream(content));
        return read(file, new ByteArrayInputStream(content), shape);
    }

    /** Parses the file at {@code path}; {@code file} names it in messages. */
    public Node read(String file, Path path) {
        checkSize(file, sizeOf(path));
        TextShape shape;
        try (InputStream in = Files.newInputStream(path)) {
            shape = TextShape.of(file, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(file, in, shape);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses {@code in}, whose text {@code shape} describes (and was checked by a first pass). */
    private Node read(String file, InputStream in, TextShape shape) {
        BufferedInputStream buffered = new BufferedInputStream(in);
        if (looksLikeJson(file, firstSignificantByte(buffered))) {
            return new JsonTreeReader(file, limits).read(buffered);
        }
        return new YamlTreeReader(file, limits).read(buffered, shape);
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkSize(String file, long bytes) {
        if (bytes > limits.maxChars() * 4) {
            throw TemplateSyntax.error(file, Pos.NONE, "the file is larger than " + limits.maxChars()
                    + " characters, more than any template");
        }
    }

    /**
     * The first byte after a byte order mark and white space, or -1, read ahead and given back:
     * the stream's buffer grows only by the white space there is.
     */
    private static int firstSignificantByte(BufferedInputStream in) {
        try {
            in.mark(Integer.MAX_VALUE);
            int b = in.read();
            if (b == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
                b = in.read();
            }
            while (b >= 0 && Character.isWhitespace(b)) {
                b = in.read();
            }
            in.reset();
            in.mark(0); // drop the mark, or the buffer would grow to hold the whole file
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON goes to the JSON parser for its precise messages; a YAML file written in flow style
     * (starting with '{') keeps the YAML parser when its name says YAML.
     */
    static boolean looksLikeJson(String file, int firstSignificantByte) {
        String name = file.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".yml") || name.endsWith(".yaml")) {
            return false;
        }
        return firstSignificantByte == '{' || firstSignificantByte == '[';
    }
}
