package org.invar.terraform.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Tells from the first bytes of a file whether it is Terraform JSON, cheaply: the top-level keys
 * it can see. A plan or shown state has {@code format_version} (with {@code terraform_version},
 * {@code planned_values}, {@code values}, ...); a raw state has {@code version} with
 * {@code terraform_version}, {@code serial} or {@code lineage}. A model file
 * ({@code invar_model}) and a CloudFormation template ({@code Resources},
 * {@code AWSTemplateFormatVersion}) are declined. Unsupported versions are accepted, so that
 * loading says what is wrong with them.
 */
public final class FormatSniffer {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Set<String> TERRAFORM_KEYS = Set.of("terraform_version", "planned_values",
            "resource_changes", "values", "prior_state", "configuration", "variables");

    private FormatSniffer() {
    }

    public static boolean isTerraform(byte[] head) {
        Set<String> keys = new LinkedHashSet<>();
        boolean complete = false;
        try (JsonParser p = FACTORY.createParser(head)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                keys.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
            complete = t == JsonToken.END_OBJECT;
        } catch (IOException e) {
            // the head ends inside a value: decide on the keys seen so far
        }
        if (keys.contains("invar_model") || keys.contains("Resources") || keys.contains("AWSTemplateFormatVersion")) {
            return false;
        }
        if (keys.contains("format_version")) {
            return keys.stream().anyMatch(TERRAFORM_KEYS::contains) || (complete && keys.size() == 1);
        }
        return keys.contains("version")
                && (keys.contains("terraform_version") || keys.contains("serial") || keys.contains("lineage"));
    }
}
