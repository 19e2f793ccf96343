package org.invar.terraform.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.terraform.json.Json;
import org.invar.terraform.json.JsonInput;

/**
 * Reads a module of values, {@code {"resources": [...], "child_modules": [...], "address": ...}},
 * as in a plan's {@code planned_values} and {@code prior_state} and in {@code terraform show
 * -json} of a state, recursively. Each resource goes to a sink as a {@link ResourceRecord}, or as
 * a skipped type when the mapping does not read it. Deposed objects ({@code deposed_key}), being
 * replaced, are left out.
 */
final class ModuleValuesReader {
    /** Where the resources read go. */
    interface Sink {
        void resource(ResourceRecord record);

        void skipped(String type, boolean data, String module);

        void module(String moduleInstance);
    }

    private final JsonInput in;
    private final RecordFilter filter;
    private final Sink sink;

    ModuleValuesReader(JsonInput in, RecordFilter filter, Sink sink) {
        this.in = in;
        this.filter = filter;
        this.sink = sink;
    }

    /** Reads the module whose object starts at the current token. */
    void read(String what) throws IOException {
        in.expectObject(what);
        String address = null;
        List<Pending> resources = new ArrayList<>();
        while (in.nextField()) {
            switch (in.name()) {
                case "address" -> address = in.text();
                case "resources" -> {
                    in.expectArray(what + ".resources");
                    while (in.nextElement()) {
                        Pending p = resource();
                        if (p != null) {
                            resources.add(p);
                        }
                    }
                }
                case "child_modules" -> {
                    in.expectArray(what + ".child_modules");
                    while (in.nextElement()) {
                        read("a child module");
                    }
                }
                default -> in.skip();
            }
        }
        String module = address == null ? "" : address;
        sink.module(module);
        for (Pending p : resources) {
            p.emit(module);
        }
    }

    /** A resource read before its module's address, which may come after it. */
    private final class Pending {
        final String address;
        final boolean data;
        final String type;
        final String name;
        final Json key;
        final Json values;
        final int line;
        final int column;

        Pending(String address, boolean data, String type, String name, Json key, Json values, int line, int column) {
            this.address = address;
            this.data = data;
            this.type = type;
            this.name = name;
            this.key = key;
            this.values = values;
            this.line = line;
            this.column = column;
        }

        void emit(String module) {
            // Terraform 0.12 wrote some child module resources without the module in "address".
            String mod = address != null && address.startsWith("module.") ? Addresses.moduleOf(address) : module;
            if (!filter.keeps(type, data)) {
                sink.skipped(type, data, mod);
                return;
            }
            Json.Obj kept = values instanceof Json.Obj o ? keep(o) : new Json.Obj(Map.of());
            sink.resource(new ResourceRecord(Addresses.instance(mod, data, type, name, key), mod, data, type, name,
                    key, kept, Json.NULL, null, line, column));
        }

        private Json.Obj keep(Json.Obj o) {
            var attributes = filter.attributes(type, data);
            var members = new LinkedHashMap<String, Json>();
            o.members().forEach((k, v) -> {
                if (attributes.test(k)) {
                    members.put(k, v);
                }
            });
            return new Json.Obj(members);
        }
    }

    private Pending resource() throws IOException {
        in.expectObject("a resource");
        int line = in.line();
        int column = in.column();
        String address = null;
        String type = null;
        String name = null;
        boolean data = false;
        Json key = Json.NULL;
        Json values = Json.NULL;
        boolean deposed = false;
        while (in.nextField()) {
            switch (in.name()) {
                case "deposed_key" -> {
                    deposed = true;
                    in.skip();
                }
                case "address" -> address = in.text();
                case "type" -> type = in.text();
                case "name" -> name = in.text();
                case "mode" -> data = in.text().equals("data");
                case "index" -> key = in.read();
                case "values" -> {
                    in.expectObject("values");
                    values = type != null
                            ? (filter.keeps(type, data) ? in.readKeeping(filter.attributes(type, data)) : skipValues())
                            : in.read();
                }
                default -> in.skip();
            }
        }
        if (type == null || name == null) {
            throw in.errorAt(line, column, "a resource without \"type\" and \"name\"");
        }
        if (deposed) {
            return null; // an object being replaced, not what exists afterwards
        }
        return new Pending(address, data, type, name, key, values, line, column);
    }

    private Json skipValues() throws IOException {
        in.skip();
        return Json.NULL;
    }
}
