package org.invar.cloudformation;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a CloudFormation template from other inputs by its name and first bytes, so the other
 * sources get theirs: an invar model file ({@code "invar_model"}) or Terraform JSON
 * ({@code "format_version"}, {@code "planned_values"}, {@code "terraform_version"}) is declined, and
 * so is a file without a top-level {@code Resources} or {@code AWSTemplateFormatVersion}.
 */
final class TemplateSniffer {
    static final int HEAD = 1 << 20;
    /** The first line with content: not blank, not a comment, not a directive or document start. */
    private static final Pattern FIRST_CONTENT = Pattern.compile("(?m)^(?![ \t]*(#|$))(?!%)(?!---)( *)\\S");
    private static final Pattern JSON_KEY = Pattern.compile("\"(Resources|AWSTemplateFormatVersion)\"\\s*:");
    private static final Pattern OTHER_JSON = Pattern.compile(
            "\"(invar_model|format_version|planned_values|terraform_version)\"\\s*:");

    private TemplateSniffer() {
    }

    /** Whether a file of this name may be a template: {@code .yml .yaml .json .template}. */
    static boolean hasTemplateName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".yml") || n.endsWith(".yaml") || n.endsWith(".json") || n.endsWith(".template");
    }

    static boolean looksLikeTemplate(byte[] head) {
        String text = new String(head, charsetOf(head));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String start = text.stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1).stripLeading();
        }
        if (start.startsWith("{")) {
            return !OTHER_JSON.matcher(text).find() && JSON_KEY.matcher(text).find();
        }
        return topLevelYamlKey(text);
    }

    /**
     * Whether a line at the indentation of the first content line starts with one of the keys.
     * Top-level keys may be indented (all by the same amount, valid YAML); a key indented deeper
     * than the first line is nested and does not count.
     */
    private static boolean topLevelYamlKey(String text) {
        Matcher first = FIRST_CONTENT.matcher(text);
        if (!first.find()) {
            return false;
        }
        String indent = first.group(2);
        return Pattern.compile("(?m)^" + indent + "[\"']?(Resources|AWSTemplateFormatVersion)[\"']?\\s*:")
                .matcher(text).find();
    }

    /** UTF-16 when a byte order mark says so (as the reader decodes it), else UTF-8. */
    private static Charset charsetOf(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }
}
