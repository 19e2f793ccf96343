package org.invar.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A large Terraform plan made from a real one: the plan of the adapter's catalog fixture (43
 * resources of every mapped type, written by {@code terraform show -json}) becomes a module,
 * called {@code stacks} times with {@code count}, as {@code module "stack" { count = N }} would
 * plan. Addresses become {@code module.stack[i].aws_subnet.public["a"]}; the module's
 * configuration, with its references, is listed once, as Terraform lists it. About 87 KB per
 * stack: 1,200 stacks make a 100 MB plan.
 */
final class LargePlan {
    /** The fixture, relative to the project root, where the benchmarks are run from. */
    static final Path CATALOG = Path.of("adapters/terraform/src/test/resources/fixtures/catalog/plan.json");

    private static final JsonFactory JSON = new JsonFactory();

    private LargePlan() {
    }

    /** Writes the plan of {@code stacks} copies of {@code template} to {@code out}; returns its size in bytes. */
    static long write(Path template, int stacks, Path out) throws IOException {
        if (!Files.isRegularFile(template)) {
            throw new NoSuchFileException(template.toAbsolutePath().toString(), null,
                    "the plan the large one is made from; run from the project root");
        }
        try (JsonGenerator g = JSON.createGenerator(out.toFile(), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("format_version", "1.2");
            g.writeStringField("terraform_version", "1.11.4");
            g.writeObjectFieldStart("planned_values");
            g.writeObjectFieldStart("root_module");
            g.writeArrayFieldStart("child_modules");
            for (int i = 0; i < stacks; i++) {
                String module = "module.stack[" + i + "]";
                g.writeStartObject();
                g.writeStringField("address", module);
                g.writeArrayFieldStart("resources");
                copyResources(template, List.of("planned_values", "root_module", "resources"), module, false, g);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("resource_changes");
            for (int i = 0; i < stacks; i++) {
                copyResources(template, List.of("resource_changes"), "module.stack[" + i + "]", true, g);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("configuration");
            g.writeObjectFieldStart("root_module");
            g.writeObjectFieldStart("module_calls");
            g.writeObjectFieldStart("stack");
            g.writeStringField("source", "./stack");
            g.writeObjectFieldStart("count_expression");
            g.writeNumberField("constant_value", stacks);
            g.writeEndObject();
            g.writeFieldName("module");
            try (JsonParser p = open(template, List.of("configuration", "root_module"))) {
                g.copyCurrentStructure(p);
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
        return Files.size(out);
    }

    /** Copies the resources of the array at {@code path}, with addresses inside {@code module}. */
    private static void copyResources(Path template, List<String> path, String module, boolean changes,
            JsonGenerator g) throws IOException {
        try (JsonParser p = open(template, path)) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
                g.writeStartObject();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (name.equals("address")) {
                        g.writeStringField("address", module + "." + p.getText());
                        if (changes) {
                            g.writeStringField("module_address", module);
                        }
                    } else {
                        g.writeFieldName(name);
                        g.copyCurrentStructure(p);
                    }
                }
                g.writeEndObject();
            }
        }
    }

    /** A parser standing on the value at {@code path} (an array: on its start). */
    private static JsonParser open(Path template, List<String> path) throws IOException {
        JsonParser p = JSON.createParser(template.toFile());
        p.nextToken();
        for (String key : path) {
            boolean found = false;
            while (!found && p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals(key)) {
                    found = true;
                } else {
                    p.skipChildren();
                }
            }
            if (!found) {
                p.close();
                throw new IOException(template + ": no " + String.join(".", path));
            }
        }
        return p;
    }
}
