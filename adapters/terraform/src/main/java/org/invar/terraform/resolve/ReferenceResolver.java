package org.invar.terraform.resolve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.spi.ModelLoadException;
import org.invar.terraform.config.Configuration;
import org.invar.terraform.config.Expression;
import org.invar.terraform.config.ModuleCall;
import org.invar.terraform.config.ModuleConfig;
import org.invar.terraform.config.Output;
import org.invar.terraform.json.Json;
import org.invar.terraform.read.Addresses;
import org.invar.terraform.read.ResourceRecord;

/**
 * Follows a plan's configuration references to the resource instances they name.
 *
 * <ul>
 *   <li>{@code aws_subnet.a}, {@code aws_subnet.a.id}, {@code data.aws_vpc.x}: the resource in the
 *       same module instance; all its instances, or those named ({@code aws_subnet.a[0]}), or the
 *       one whose key is this resource's own when {@code count.index} or {@code each} is among the
 *       references ({@code subnet_id = aws_subnet.a[count.index].id}).</li>
 *   <li>{@code var.x} in a module: the module call's expression for {@code x}, in the calling
 *       module instance (or the variable's default); in the root module, the plan's variable
 *       value. Strings met are kept as constants, linked later by value.</li>
 *   <li>{@code module.net.subnet_ids}: the output's expression inside each instance of
 *       {@code module.net} (or the one named, {@code module.net[0].subnet_ids}).</li>
 *   <li>{@code local.x}: not followed; a plan does not describe locals.</li>
 * </ul>
 *
 * Each module variable and output is resolved once per module instance. A cycle through
 * variables and outputs, which Terraform itself refuses, is reported as an error at the
 * expression that closes it.
 */
public final class ReferenceResolver {
    private static final int MAX_DEPTH = 256;

    private final Configuration configuration;
    private final InstanceIndex instances;
    private final Map<String, Json> rootVariables;
    private final String file;
    private final Map<String, Resolution> memo = new HashMap<>();
    private final Deque<String> active = new ArrayDeque<>();
    private final Set<String> activeSet = new HashSet<>();

    public ReferenceResolver(Configuration configuration, InstanceIndex instances, Map<String, Json> rootVariables,
                             String file) {
        this.configuration = configuration;
        this.instances = instances;
        this.rootVariables = rootVariables;
        this.file = file;
    }

    /** What these references of one expression, evaluated in the scope, lead to. */
    public Resolution resolve(Scope scope, List<String> references) {
        boolean countIndex = false;
        boolean each = false;
        Map<String, Group> groups = new LinkedHashMap<>();
        Resolution.Builder out = new Resolution.Builder();
        for (String text : references) {
            Reference ref = Reference.parse(text);
            if (ref.isCountIndex()) {
                countIndex = true;
            } else if (ref.isEach()) {
                each = true;
            }
            classify(ref, groups, out);
        }
        boolean resources = false;
        for (Group g : groups.values()) {
            switch (g.kind) {
                case RESOURCE -> resources |= resource(scope, g, countIndex, each, out);
                case VARIABLE -> variable(scope, g, countIndex && groups.size() == 1, out);
                case OUTPUT -> {
                    for (String m : instances.moduleInstances(scope.module(), g.name)) {
                        List<Addresses.Step> steps = Addresses.steps(m);
                        if (g.keys.isEmpty() || g.keys.contains(steps.get(steps.size() - 1).key())) {
                            out.add(output(m, g.output));
                        }
                    }
                }
            }
        }
        if (each && !resources && scope.forEach() != null && !scope.key().isNull()) {
            Resolution all = resolve(Scope.of(scope.module()), scope.forEach().references());
            String suffix = Addresses.key(scope.key());
            all.addresses().stream().filter(a -> a.endsWith(suffix)).forEach(out::address);
        }
        return out.build();
    }

    private enum Kind { RESOURCE, VARIABLE, OUTPUT }

    /** The references to one resource, variable or module output, with the keys they name. */
    private static final class Group {
        final Kind kind;
        final String name;
        final String output;
        final Set<String> keys = new LinkedHashSet<>();

        Group(Kind kind, String name, String output) {
            this.kind = kind;
            this.name = name;
            this.output = output;
        }
    }

    private static void classify(Reference ref, Map<String, Group> groups, Resolution.Builder out) {
        String head = ref.step(0);
        if (head == null || Reference.isKey(head)) {
            return;
        }
        switch (head) {
            case "count", "each", "path", "terraform", "self" -> {
            }
            case "var" -> {
                String name = ref.step(1);
                if (name != null && !Reference.isKey(name)) {
                    groups.computeIfAbsent("v:" + name, k -> new Group(Kind.VARIABLE, name, null));
                }
            }
            case "local" -> {
                if (ref.step(1) != null) {
                    out.unfollowed("local." + ref.step(1));
                }
            }
            case "module" -> {
                String call = ref.step(1);
                if (call == null || Reference.isKey(call)) {
                    return;
                }
                String key = Reference.isKey(ref.step(2)) ? ref.step(2) : null;
                String output = ref.step(key == null ? 2 : 3);
                if (output == null || Reference.isKey(output)) {
                    return;
                }
                Group g = groups.computeIfAbsent("m:" + call + "|" + output, k -> new Group(Kind.OUTPUT, call, output));
                if (key != null) {
                    g.keys.add(key);
                }
            }
            case "data" -> resourceGroup(ref, 1, groups);
            default -> resourceGroup(ref, 0, groups);
        }
    }

    private static void resourceGroup(Reference ref, int typeAt, Map<String, Group> groups) {
        String type = ref.step(typeAt);
        String name = ref.step(typeAt + 1);
        if (type == null || name == null || Reference.isKey(type) || Reference.isKey(name)) {
            return;
        }
        String local = (typeAt == 1 ? "data." : "") + type + "." + name;
        Group g = groups.computeIfAbsent("r:" + local, k -> new Group(Kind.RESOURCE, local, null));
        String key = ref.step(typeAt + 2);
        if (Reference.isKey(key)) {
            g.keys.add(key);
        }
    }

    private boolean resource(Scope scope, Group g, boolean countIndex, boolean each, Resolution.Builder out) {
        List<ResourceRecord> chosen = new ArrayList<>();
        if (!g.keys.isEmpty()) {
            for (String key : g.keys) { // in the order the references name them: list order
                ResourceRecord r = instances.instance(scope.module(), g.name, key);
                if (r != null) {
                    chosen.add(r);
                }
            }
        } else if ((countIndex && scope.key() instanceof Json.Num) || (each && scope.key() instanceof Json.Str)) {
            ResourceRecord own = instances.instance(scope.module(), g.name, Addresses.key(scope.key()));
            if (own != null) {
                chosen.add(own);
            }
        }
        if (chosen.isEmpty() && g.keys.isEmpty()) {
            chosen = instances.instances(scope.module(), g.name);
        }
        chosen.forEach(r -> out.address(r.address()));
        return !chosen.isEmpty();
    }

    private void variable(Scope scope, Group g, boolean pickByCountIndex, Resolution.Builder out) {
        Resolution r = variable(scope.module(), g.name);
        if (pickByCountIndex && scope.key() instanceof Json.Num n && n.integer().isPresent()) {
            long i = n.integer().get();
            if (i >= 0 && i < r.addresses().size() && r.constants().isEmpty()) {
                out.address(r.addresses().get((int) i));
                return;
            }
            if (i >= 0 && i < r.constants().size() && r.addresses().isEmpty()) {
                out.constant(r.constants().get((int) i));
                return;
            }
        }
        out.add(r);
    }

    /** A module instance's variable. */
    private Resolution variable(String module, String name) {
        String id = (module.isEmpty() ? "" : module + ".") + "var." + name;
        Resolution known = memo.get(id);
        if (known != null) {
            return known;
        }
        Resolution.Builder out = new Resolution.Builder();
        if (module.isEmpty()) {
            constants(rootVariables.get(name), out);
        } else {
            List<Addresses.Step> steps = Addresses.steps(module);
            Addresses.Step last = steps.get(steps.size() - 1);
            String parent = Addresses.join(steps.subList(0, steps.size() - 1));
            ModuleCall call = configuration.module(Addresses.configPath(parent))
                    .map(m -> m.calls().get(last.name())).orElse(null);
            if (call == null) {
                out.unfollowed(id);
            } else if (call.expressions().get(name) instanceof Expression.Leaf leaf) {
                enter(id, call.line(), call.column());
                try {
                    out.add(resolve(new Scope(parent, keyOf(last.key()), call.forEach()), leaf.references()));
                } finally {
                    leave(id);
                }
                constants(leaf.constant(), out);
            } else {
                constants(call.module().defaults().get(name), out);
            }
        }
        Resolution r = out.build();
        memo.put(id, r);
        return r;
    }

    /** A module instance's output. */
    private Resolution output(String module, String name) {
        String id = module + ".output." + name;
        Resolution known = memo.get(id);
        if (known != null) {
            return known;
        }
        Resolution.Builder out = new Resolution.Builder();
        ModuleConfig config = configuration.module(Addresses.configPath(module)).orElse(null);
        Output output = config == null ? null : config.outputs().get(name);
        if (output == null) {
            out.unfollowed(module + "." + name);
        } else {
            enter(id, output.line(), output.column());
            try {
                out.add(resolve(Scope.of(module), output.expression().references()));
            } finally {
                leave(id);
            }
            constants(output.expression().constant(), out);
        }
        Resolution r = out.build();
        memo.put(id, r);
        return r;
    }

    private void enter(String id, int line, int column) {
        if (activeSet.contains(id)) {
            List<String> chain = new ArrayList<>();
            boolean in = false;
            for (var it = active.descendingIterator(); it.hasNext(); ) {
                String step = it.next();
                in |= step.equals(id);
                if (in) {
                    chain.add(step);
                }
            }
            chain.add(id);
            throw ModelLoadException.at(file, line, column, "reference cycle in the configuration: "
                    + String.join(" -> ", chain));
        }
        if (active.size() >= MAX_DEPTH) {
            throw ModelLoadException.at(file, line, column, "references through module variables and outputs"
                    + " are nested more than " + MAX_DEPTH + " deep (at " + id + ")");
        }
        active.push(id);
        activeSet.add(id);
    }

    private void leave(String id) {
        active.pop();
        activeSet.remove(id);
    }

    private static void constants(Json value, Resolution.Builder out) {
        if (value == null) {
            return;
        }
        value.string().ifPresent(out::constant);
        for (Json item : value.elements()) {
            item.string().ifPresent(out::constant);
        }
    }

    /** A module instance key as written ({@code [0]}, {@code ["a"]}) back to its value. */
    static Json keyOf(String key) {
        if (key == null || key.isEmpty()) {
            return Json.NULL;
        }
        String inner = key.substring(1, key.length() - 1);
        if (inner.startsWith("\"")) {
            return new Json.Str(inner.substring(1, inner.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        return new Json.Num(inner);
    }
}
