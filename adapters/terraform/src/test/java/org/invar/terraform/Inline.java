package org.invar.terraform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.spi.LoadOptions;

/**
 * Plans and states written in a test, in JSON with single quotes for readability
 * ({@code {'format_version': '1.2'}}), loaded under the name {@code test.json}.
 */
final class Inline {
    static final String NAME = "test.json";

    private Inline() {
    }

    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    static Model load(String singleQuoted) {
        return loadExact(json(singleQuoted));
    }

    static Model loadExact(String json) {
        return loadBytes(json.getBytes(StandardCharsets.UTF_8));
    }

    static Model loadBytes(byte[] bytes) {
        ModelBuilder builder = Model.builder();
        try {
            Terraform.fill(NAME, new ByteArrayInputStream(bytes), builder, LoadOptions.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return builder.build();
    }

    /** A plan of the given planned resources (root module), resource changes and configuration root module. */
    static String plan(String resources, String changes, String rootModule) {
        return "{'format_version': '1.2', 'terraform_version': '1.11.4', 'planned_values': {'root_module': "
                + "{'resources': [" + resources + "]}}, 'resource_changes': [" + changes + "], "
                + "'configuration': {'root_module': " + rootModule + "}}";
    }
}
