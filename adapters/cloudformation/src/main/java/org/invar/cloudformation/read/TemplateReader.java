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
        return read(file, new ByteArrayInputStream(content));
    }

    /** Parses the file at {@code path}; {@code file} names it in messages. */
    public Node read(String file, Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            checkSize(file, Files.size(path));
            return read(file, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Node read(String file, InputStream in) {
        BufferedInputStream buffered = new BufferedInputStream(in, SNIFF);
        if (looksLikeJson(file, head(buffered))) {
            return new JsonTreeReader(file, limits).read(buffered);
        }
        return new YamlTreeReader(file, limits).read(buffered);
    }

    private void checkSize(String file, long bytes) {
        if (bytes > limits.maxChars() * 4) {
            throw TemplateSyntax.error(file, Pos.NONE, "the file is larger than " + limits.maxChars()
                    + " characters, more than any template");
        }
    }

    /** Bytes enough to tell JSON from YAML by the first character that is not white space. */
    private static final int SNIFF = 8192;

    private static byte[] head(BufferedInputStream in) {
        try {
            in.mark(SNIFF);
            byte[] head = in.readNBytes(SNIFF);
            in.reset();
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON goes to the JSON parser for its precise messages; a YAML file written in flow style
     * (starting with '{') keeps the YAML parser when its name says YAML.
     */
    static boolean looksLikeJson(String file, byte[] content) {
        String name = file.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".yml") || name.endsWith(".yaml")) {
            return false;
        }
        int i = 0;
        if (content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB && (content[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length && (content[i] == '{' || content[i] == '[');
    }
}
