package org.invar.terraform.read;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.invar.spi.ModelLoadException;
import org.invar.terraform.config.Configuration;
import org.invar.terraform.json.Json;
import org.invar.terraform.json.JsonInput;

/**
 * Reads a plan or a state in one streaming pass over its top-level keys, whatever their order,
 * and tells which of the three it is by what it holds:
 * <ul>
 *   <li>a plan ({@code terraform show -json PLANFILE}): {@code format_version} and
 *       {@code planned_values} or {@code resource_changes};</li>
 *   <li>a state shown as JSON ({@code terraform show -json}): {@code format_version} and
 *       {@code values} (or nothing else, for an empty state);</li>
 *   <li>a raw state file: {@code "version": 4} and {@code resources}.</li>
 * </ul>
 * Only the resources the mapping reads are kept, and of them only the attributes it reads.
 * In a plan, the values come from {@code planned_values} (what exists afterwards), what is
 * known after apply and the action from {@code resource_changes} (a resource the plan deletes is
 * left out), and data sources read while planning from {@code prior_state}.
 */
public final class TerraformReader {
    private final JsonInput in;
    private final RecordFilter filter;

    private String formatVersion;
    private String terraformVersion;
    private boolean rawVersionSeen;
    private final Set<String> keys = new LinkedHashSet<>();
    private final Map<String, ResourceRecord> planned = new LinkedHashMap<>();
    private final Map<String, ResourceChange> changes = new LinkedHashMap<>();
    private final Map<String, ResourceRecord> prior = new LinkedHashMap<>();
    private final List<ResourceRecord> state = new ArrayList<>();
    private final Set<String> modules = new LinkedHashSet<>();
    private final Map<String, Integer> skipped = new HashMap<>();
    private final Map<String, Json> variables = new LinkedHashMap<>();
    private Configuration configuration = Configuration.NONE;

    private TerraformReader(JsonInput in, RecordFilter filter) {
        this.in = in;
        this.filter = filter;
    }

    /** Reads a plan or state; bad input is a {@link ModelLoadException} naming file, line and column. */
    public static TerraformDocument read(String file, InputStream stream, RecordFilter filter) throws IOException {
        try (JsonInput in = new JsonInput(file, stream)) {
            return new TerraformReader(in, filter).read();
        }
    }

    private TerraformDocument read() throws IOException {
        JsonToken first = in.next();
        if (first == null) {
            throw in.errorAt(1, 1, "the file is empty; expected a Terraform plan or state as JSON");
        }
        if (first != JsonToken.START_OBJECT) {
            throw in.errorHere("expected a JSON object (a Terraform plan or state), found " + in.describe(first));
        }
        while (in.nextField()) {
            String key = in.name();
            keys.add(key);
            topLevel(key);
        }
        TerraformFormat format = format();
        return new TerraformDocument(in.file(), format, terraformVersion, records(format), withAncestors(modules),
                skipped, configuration, variables);
    }

    private void topLevel(String key) throws IOException {
        switch (key) {
            case "format_version" -> formatVersion = checkFormatVersion();
            case "terraform_version" -> terraformVersion = in.token() == JsonToken.VALUE_STRING ? in.text() : null;
            case "version" -> checkStateVersion();
            case "variables" -> variables();
            case "planned_values" -> valuesSection("planned_values", sink(planned, true));
            case "resource_changes" -> new ResourceChangesReader(in, filter)
                    .read(planned.isEmpty() && !keys.contains("planned_values"), c -> changes.put(c.address(), c));
            case "prior_state" -> priorState();
            case "configuration" -> configuration = new ConfigurationReader(in, filter).read();
            case "values" -> valuesSection("values", sink(state, true));
            case "resources" -> new RawStateReader(in, filter, sink(state, true)).read();
            default -> in.skip();
        }
    }

    private String checkFormatVersion() throws IOException {
        if (in.token() != JsonToken.VALUE_STRING) {
            throw in.errorHere("format_version should be a string such as \"1.2\", not " + in.describe(in.token()));
        }
        String v = in.text();
        String major = v.contains(".") ? v.substring(0, v.indexOf('.')) : v;
        if (!major.equals("0") && !major.equals("1")) {
            throw in.errorHere("unsupported format_version \"" + v + "\": invar reads the JSON format 0.x and 1.x"
                    + " of terraform show -json (Terraform 0.12 to 1.x)");
        }
        return v;
    }

    private void checkStateVersion() throws IOException {
        rawVersionSeen = true;
        if (in.token() != JsonToken.VALUE_NUMBER_INT || !in.text().equals("4")) {
            throw in.errorHere("unsupported state version " + in.text() + ": invar reads state files of version 4"
                    + " (Terraform 0.12 and later); let a current Terraform upgrade it"
                    + " (terraform state pull > upgraded.tfstate), or give terraform show -json of it");
        }
    }

    private void variables() throws IOException {
        in.expectObject("variables");
        while (in.nextField()) {
            String name = in.name();
            Json value = in.read().get("value");
            if (!value.isNull()) {
                variables.put(name, value); // strings link by value; all of them evaluate the configuration
            }
        }
    }

    private void valuesSection(String what, ModuleValuesReader.Sink sink) throws IOException {
        in.expectObject(what);
        while (in.nextField()) {
            if (in.name().equals("root_module")) {
                new ModuleValuesReader(in, filter, sink).read(what + ".root_module");
            } else {
                in.skip();
            }
        }
    }

    private void priorState() throws IOException {
        in.expectObject("prior_state");
        while (in.nextField()) {
            if (in.name().equals("values")) {
                valuesSection("prior_state.values", sink(prior, false));
            } else {
                in.skip();
            }
        }
    }

    private ModuleValuesReader.Sink sink(Map<String, ResourceRecord> into, boolean managed) {
        return sink(r -> {
            if (managed || r.data()) {
                into.put(r.address(), r);
            }
        }, managed);
    }

    private ModuleValuesReader.Sink sink(List<ResourceRecord> into, boolean count) {
        return sink(into::add, count);
    }

    private ModuleValuesReader.Sink sink(Consumer<ResourceRecord> into, boolean count) {
        return new ModuleValuesReader.Sink() {
            @Override
            public void resource(ResourceRecord record) {
                into.accept(record);
            }

            @Override
            public void skipped(String type, boolean data, String module) {
                if (count) {
                    skipped.merge(data ? "data." + type : type, 1, Integer::sum);
                }
            }

            @Override
            public void module(String moduleInstance) {
                modules.add(moduleInstance);
            }
        };
    }

    private TerraformFormat format() {
        if (keys.contains("planned_values") || keys.contains("resource_changes")) {
            return TerraformFormat.PLAN;
        }
        if (formatVersion != null && (keys.contains("values") || keys.stream()
                .allMatch(k -> k.equals("format_version") || k.equals("terraform_version")))) {
            return TerraformFormat.STATE_JSON;
        }
        if (keys.contains("resources") && (rawVersionSeen || terraformVersion != null)) {
            return TerraformFormat.RAW_STATE;
        }
        throw ModelLoadException.at(in.file(), 1, 1, notTerraform());
    }

    private String notTerraform() {
        if (keys.contains("invar_model")) {
            return "this is an invar model file, not a Terraform plan or state";
        }
        if (keys.contains("Resources") || keys.contains("AWSTemplateFormatVersion")) {
            return "this looks like a CloudFormation template, not a Terraform plan or state";
        }
        return "not a Terraform plan or state: expected \"format_version\" with \"planned_values\" or"
                + " \"resource_changes\" (terraform show -json PLANFILE), \"format_version\" with \"values\""
                + " (terraform show -json), or \"version\": 4 with \"resources\" (a .tfstate file)"
                + (keys.isEmpty() ? "" : "; found the keys " + String.join(", ", keys));
    }

    private List<ResourceRecord> records(TerraformFormat format) {
        if (format != TerraformFormat.PLAN) {
            return state;
        }
        Map<String, ResourceRecord> out = new LinkedHashMap<>();
        for (ResourceRecord r : planned.values()) {
            ResourceChange c = changes.get(r.address());
            if (c == null) {
                out.put(r.address(), r);
            } else if (c.existsAfter()) {
                out.put(r.address(), r.withUnknown(c.afterUnknown(), c.action()));
            }
        }
        for (ResourceChange c : changes.values()) {
            if (!out.containsKey(c.address()) && c.existsAfter() && c.after() != null && !planned.containsKey(c.address())) {
                modules.add(c.module());
                out.put(c.address(), new ResourceRecord(c.address(), c.module(), c.data(), c.type(), c.name(), c.key(),
                        c.after(), c.afterUnknown(), c.action(), c.line(), c.column()));
            }
        }
        for (ResourceRecord r : prior.values()) {
            ResourceChange c = changes.get(r.address());
            if (!out.containsKey(r.address()) && (c == null || c.existsAfter())) {
                out.put(r.address(), r);
            }
        }
        return new ArrayList<>(out.values());
    }

    private static Set<String> withAncestors(Set<String> modules) {
        Set<String> all = new LinkedHashSet<>();
        all.add("");
        for (String m : modules) {
            List<Addresses.Step> steps = Addresses.steps(m);
            for (int i = 1; i <= steps.size(); i++) {
                all.add(Addresses.join(steps.subList(0, i)));
            }
        }
        return all;
    }
}
