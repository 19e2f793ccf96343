package org.invar.cloudformation.read;

import java.io.ByteArrayInputStream;

/**
 * Reads a template file, YAML or JSON, into a {@link Node} tree within {@link ReadLimits}.
 *
 * <pre>{@code
 * Node root = new TemplateReader(ReadLimits.DEFAULT).read("stack.yml", bytes);
 * }</pre>
 */
public final class TemplateReader {
    private final ReadLimits limits;

    public TemplateReader(ReadLimits limits) {
        this.limits = limits;
    }

    /** Parses {@code content}; {@code file} names it in messages. Bad input throws ModelLoadException. */
    public Node read(String file, byte[] content) {
        if (content.length > limits.maxChars() * 4) {
            throw TemplateSyntax.error(file, Pos.NONE, "the file is larger than " + limits.maxChars()
                    + " characters, more than any template");
        }
        if (looksLikeJson(file, content)) {
            return new JsonTreeReader(file, limits).read(new ByteArrayInputStream(content));
        }
        return new YamlTreeReader(file, limits).read(new ByteArrayInputStream(content));
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
