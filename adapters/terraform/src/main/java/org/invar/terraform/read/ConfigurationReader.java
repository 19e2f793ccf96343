package org.invar.terraform.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.terraform.config.Configuration;
import org.invar.terraform.config.Expression;
import org.invar.terraform.config.ModuleCall;
import org.invar.terraform.config.ModuleConfig;
import org.invar.terraform.config.Output;
import org.invar.terraform.config.ResourceConfig;
import org.invar.terraform.json.Json;
import org.invar.terraform.json.JsonInput;

/**
 * Reads a plan's {@code configuration} as it streams past, keeping what links resources: the
 * references of the attributes of resources the mapping reads, module calls' arguments, module
 * outputs and variable defaults. Constant values of resources are dropped (the planned values
 * have them); those of module arguments, outputs and defaults are kept when they are strings,
 * since an existing subnet's id passed to a module is a link by value.
 */
public final class ConfigurationReader {
    private final JsonInput in;
    private final RecordFilter filter;
    private final Map<String, ModuleConfig> modules = new HashMap<>();

    public ConfigurationReader(JsonInput in, RecordFilter filter) {
        this.in = in;
        this.filter = filter;
    }

    /** Reads the {@code configuration} object; the current token is its start. */
    public Configuration read() throws IOException {
        in.expectObject("configuration");
        while (in.nextField()) {
            if (in.name().equals("root_module")) {
                module("");
            } else {
                in.skip();
            }
        }
        return new Configuration(modules);
    }

    private ModuleConfig module(String path) throws IOException {
        in.expectObject(path.isEmpty() ? "configuration.root_module" : "the module of " + path);
        Map<String, ResourceConfig> resources = new LinkedHashMap<>();
        Map<String, ModuleCall> calls = new LinkedHashMap<>();
        Map<String, Output> outputs = new LinkedHashMap<>();
        Map<String, Json> defaults = new LinkedHashMap<>();
        while (in.nextField()) {
            switch (in.name()) {
                case "resources" -> {
                    in.expectArray("resources");
                    while (in.nextElement()) {
                        ResourceConfig r = resource();
                        if (r != null) {
                            resources.put(r.local(), r);
                        }
                    }
                }
                case "module_calls" -> {
                    in.expectObject("module_calls");
                    while (in.nextField()) {
                        String name = in.name();
                        calls.put(name, call(path, name));
                    }
                }
                case "outputs" -> {
                    in.expectObject("outputs");
                    while (in.nextField()) {
                        String name = in.name();
                        int line = in.line();
                        int column = in.column();
                        Json output = in.read();
                        outputs.put(name, new Output(name, leaf(output.get("expression"), true), line, column));
                    }
                }
                case "variables" -> {
                    in.expectObject("variables");
                    while (in.nextField()) {
                        String name = in.name();
                        Json variable = in.read();
                        Json value = strings(variable.get("default"));
                        if (value != null) {
                            defaults.put(name, value);
                        }
                    }
                }
                default -> in.skip();
            }
        }
        ModuleConfig module = new ModuleConfig(path, resources, calls, outputs, defaults);
        modules.put(path, module);
        return module;
    }

    private ModuleCall call(String parent, String name) throws IOException {
        in.expectObject("module call " + name);
        int line = in.line();
        int column = in.column();
        String path = (parent.isEmpty() ? "" : parent + ".") + "module." + name;
        Expression.Block expressions = Expression.Block.EMPTY;
        Expression.Leaf forEach = null;
        ModuleConfig module = null;
        while (in.nextField()) {
            switch (in.name()) {
                case "expressions" -> expressions = block(in.read(), true);
                case "for_each_expression" -> forEach = leaf(in.read(), false);
                case "module" -> module = module(path);
                default -> in.skip();
            }
        }
        if (module == null) {
            module = new ModuleConfig(path, Map.of(), Map.of(), Map.of(), Map.of());
            modules.putIfAbsent(path, module);
        }
        return new ModuleCall(name, expressions, forEach, module, line, column);
    }

    private ResourceConfig resource() throws IOException {
        in.expectObject("a resource of the configuration");
        String type = null;
        String name = null;
        boolean data = false;
        Json expressions = Json.NULL;
        Json forEach = Json.NULL;
        while (in.nextField()) {
            switch (in.name()) {
                case "type" -> type = in.text();
                case "name" -> name = in.text();
                case "mode" -> data = in.text().equals("data");
                case "expressions" -> expressions = in.read();
                case "for_each_expression" -> forEach = in.read();
                default -> in.skip();
            }
        }
        if (type == null || name == null || !filter.keeps(type, data)) {
            return null;
        }
        Expression.Block block = block(expressions, false);
        Expression.Leaf each = forEach.isNull() ? null : leaf(forEach, false);
        return new ResourceConfig(Addresses.local(data, type, name), block, each);
    }

    /** A block of expressions; constants are kept (as strings) only when asked. */
    static Expression.Block block(Json json, boolean constants) {
        if (!(json instanceof Json.Obj obj)) {
            return Expression.Block.EMPTY;
        }
        Map<String, Expression> attributes = new LinkedHashMap<>();
        obj.members().forEach((name, value) -> attributes.put(name, expression(value, constants)));
        return new Expression.Block(attributes);
    }

    private static Expression expression(Json json, boolean constants) {
        if (json instanceof Json.Arr arr) {
            List<Expression.Block> blocks = new ArrayList<>();
            for (Json item : arr.items()) {
                blocks.add(block(item, constants));
            }
            return new Expression.BlockList(blocks);
        }
        if (json instanceof Json.Obj obj && !isLeaf(obj)) {
            return block(obj, constants);
        }
        return leaf(json, constants);
    }

    private static boolean isLeaf(Json.Obj obj) {
        return obj.members().isEmpty() || obj.members().containsKey("references")
                || obj.members().containsKey("constant_value");
    }

    static Expression.Leaf leaf(Json json, boolean constants) {
        List<String> references = new ArrayList<>();
        for (Json r : json.get("references").elements()) {
            r.string().ifPresent(references::add);
        }
        Json constant = constants ? strings(json.get("constant_value")) : null;
        return new Expression.Leaf(references, constant);
    }

    /** A string, or a list of strings, else null: the constants that can name resources. */
    private static Json strings(Json value) {
        if (value instanceof Json.Str) {
            return value;
        }
        if (value instanceof Json.Arr arr && !arr.items().isEmpty()
                && arr.items().stream().allMatch(i -> i instanceof Json.Str)) {
            return value;
        }
        return null;
    }
}
