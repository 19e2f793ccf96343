package org.invar.terraform.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Predicate;
import org.invar.terraform.json.Json;
import org.invar.terraform.json.JsonInput;

/**
 * Reads the {@code resources} of a raw state file (version 4):
 * {@code [{"module", "mode", "type", "name", "instances": [{"index_key", "attributes"}]}]}.
 * Deposed instances (being replaced) are left out.
 */
final class RawStateReader {
    private final JsonInput in;
    private final RecordFilter filter;
    private final ModuleValuesReader.Sink sink;

    RawStateReader(JsonInput in, RecordFilter filter, ModuleValuesReader.Sink sink) {
        this.in = in;
        this.filter = filter;
        this.sink = sink;
    }

    void read() throws IOException {
        in.expectArray("resources");
        while (in.nextElement()) {
            resource();
        }
    }

    private record Instance(Json key, Json attributes, int line, int column) {
    }

    private void resource() throws IOException {
        in.expectObject("a resource");
        int line = in.line();
        int column = in.column();
        String module = "";
        String type = null;
        String name = null;
        boolean data = false;
        List<Instance> instances = new ArrayList<>();
        while (in.nextField()) {
            switch (in.name()) {
                case "module" -> module = in.text();
                case "type" -> type = in.text();
                case "name" -> name = in.text();
                case "mode" -> data = in.text().equals("data");
                case "instances" -> {
                    in.expectArray("instances");
                    while (in.nextElement()) {
                        Instance i = instance(type == null ? null : filter.keeps(type, data)
                                ? filter.attributes(type, data) : k -> false);
                        if (i != null) {
                            instances.add(i);
                        }
                    }
                }
                default -> in.skip();
            }
        }
        if (type == null || name == null) {
            throw in.errorAt(line, column, "a resource without \"type\" and \"name\"");
        }
        sink.module(module);
        boolean keep = filter.keeps(type, data);
        for (Instance i : instances) {
            if (!keep) {
                sink.skipped(type, data, module);
                continue;
            }
            Json.Obj values = only(i.attributes(), filter.attributes(type, data));
            sink.resource(new ResourceRecord(Addresses.instance(module, data, type, name, i.key()), module, data,
                    type, name, i.key(), values, Json.NULL, null, i.line(), i.column()));
        }
    }

    /** One instance; null when it is deposed. {@code keep} is null when the type is not known yet. */
    private Instance instance(Predicate<String> keep) throws IOException {
        in.expectObject("an instance");
        int line = in.line();
        int column = in.column();
        Json key = Json.NULL;
        Json attributes = Json.NULL;
        boolean deposed = false;
        while (in.nextField()) {
            switch (in.name()) {
                case "index_key" -> key = in.read();
                case "deposed" -> {
                    deposed = true;
                    in.skip();
                }
                case "attributes" -> {
                    in.expectObject("attributes");
                    attributes = keep == null ? in.read() : in.readKeeping(keep);
                }
                default -> in.skip();
            }
        }
        return deposed ? null : new Instance(key, attributes, line, column);
    }

    private static Json.Obj only(Json values, Predicate<String> keep) {
        LinkedHashMap<String, Json> members = new LinkedHashMap<>();
        if (values instanceof Json.Obj o) {
            o.members().forEach((k, v) -> {
                if (keep.test(k)) {
                    members.put(k, v);
                }
            });
        }
        return new Json.Obj(members);
    }
}
