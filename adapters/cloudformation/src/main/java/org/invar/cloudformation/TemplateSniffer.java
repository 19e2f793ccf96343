package org.invar.cloudformation;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a CloudFormation template from other inputs by its name and first bytes, so the other
 * sources get theirs: an invar model file ({@code "invar_model"}) or Terraform JSON
 * ({@code "format_version"}, {@code "planned_values"}, {@code "terraform_version"}) is declined, and
 * so is a file without a top-level {@code Resources} or {@code AWSTemplateFormatVersion}.
 */
final class TemplateSniffer {
    static final int HEAD = 1 << 20;
    private static final Pattern YAML_KEY = Pattern.compile(
            "(?m)^[\"']?(Resources|AWSTemplateFormatVersion)[\"']?\\s*:");
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
        String text = new String(head, StandardCharsets.UTF_8);
        String start = text.stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1).stripLeading();
        }
        if (start.startsWith("{")) {
            return !OTHER_JSON.matcher(text).find() && JSON_KEY.matcher(text).find();
        }
        return YAML_KEY.matcher(text).find();
    }
}
