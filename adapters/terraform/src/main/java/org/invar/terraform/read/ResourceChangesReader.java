package org.invar.terraform.read;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.invar.terraform.json.Json;
import org.invar.terraform.json.JsonInput;

/**
 * Reads a plan's {@code resource_changes} as it streams past: for each resource the mapping
 * reads, its action and its {@code after_unknown}; its {@code after} values only when asked
 * (when no {@code planned_values} were read before, so the plan would otherwise lack them).
 * Deposed objects, which are being destroyed, are left out.
 */
final class ResourceChangesReader {
    private final JsonInput in;
    private final RecordFilter filter;

    ResourceChangesReader(JsonInput in, RecordFilter filter) {
        this.in = in;
        this.filter = filter;
    }

    void read(boolean keepAfter, Consumer<ResourceChange> sink) throws IOException {
        in.expectArray("resource_changes");
        while (in.nextElement()) {
            ResourceChange c = change(keepAfter);
            if (c != null) {
                sink.accept(c);
            }
        }
    }

    private ResourceChange change(boolean keepAfter) throws IOException {
        in.expectObject("a resource change");
        int line = in.line();
        int column = in.column();
        String address = null;
        String module = null;
        String type = null;
        String name = null;
        boolean data = false;
        boolean deposed = false;
        Json key = Json.NULL;
        Json change = Json.NULL;
        while (in.nextField()) {
            switch (in.name()) {
                case "address" -> address = in.text();
                case "module_address" -> module = in.text();
                case "type" -> type = in.text();
                case "name" -> name = in.text();
                case "mode" -> data = in.text().equals("data");
                case "index" -> key = in.read();
                case "deposed" -> {
                    deposed = true;
                    in.skip();
                }
                case "change" -> change = type == null ? in.read() : readChange(type, data, keepAfter);
                default -> in.skip();
            }
        }
        if (type == null || name == null) {
            throw in.errorAt(line, column, "a resource change without \"type\" and \"name\"");
        }
        if (deposed || !filter.keeps(type, data)) {
            return null;
        }
        Predicate<String> keep = filter.attributes(type, data);
        Json.Obj after = keepAfter ? only(change.get("after"), keep) : null;
        if (module == null) {
            module = address != null ? Addresses.moduleOf(address) : "";
        }
        return new ResourceChange(Addresses.instance(module, data, type, name, key), module, data, type, name, key,
                ResourceChange.action(change.get("actions")), after, onlyAny(change.get("after_unknown"), keep),
                line, column);
    }

    private Json readChange(String type, boolean data, boolean keepAfter) throws IOException {
        in.expectObject("change");
        if (!filter.keeps(type, data)) {
            in.skip();
            return Json.NULL;
        }
        Predicate<String> keep = filter.attributes(type, data);
        LinkedHashMap<String, Json> members = new LinkedHashMap<>();
        while (in.nextField()) {
            String field = in.name();
            switch (field) {
                case "actions" -> members.put(field, in.read());
                case "after" -> members.put(field, keepAfter && in.token() == JsonToken.START_OBJECT
                        ? in.readKeeping(keep) : skipped());
                case "after_unknown" -> members.put(field, in.token() == JsonToken.START_OBJECT
                        ? in.readKeeping(keep) : in.read());
                default -> in.skip();
            }
        }
        return new Json.Obj(members);
    }

    private Json skipped() throws IOException {
        in.skip();
        return Json.NULL;
    }

    private static Json.Obj only(Json values, Predicate<String> keep) {
        if (!(values instanceof Json.Obj o)) {
            return new Json.Obj(Map.of());
        }
        LinkedHashMap<String, Json> members = new LinkedHashMap<>();
        o.members().forEach((k, v) -> {
            if (keep.test(k)) {
                members.put(k, v);
            }
        });
        return new Json.Obj(members);
    }

    private static Json onlyAny(Json unknown, Predicate<String> keep) {
        return unknown instanceof Json.Obj ? only(unknown, keep) : unknown;
    }
}
