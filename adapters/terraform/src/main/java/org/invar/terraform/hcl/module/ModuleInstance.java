package org.invar.terraform.hcl.module;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.invar.terraform.hcl.config.Declarations;
import org.invar.terraform.hcl.eval.EvalException;
import org.invar.terraform.hcl.eval.Scope;
import org.invar.terraform.hcl.syntax.Body;
import org.invar.terraform.hcl.syntax.Pos;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.read.Addresses;

/**
 * One instance of a module ({@code ""} for the root, {@code module.app[0]}): the names its
 * expressions see ({@code var}, {@code local}, {@code module}, {@code data}, resource types,
 * {@code path}, {@code terraform}), its resources, and the module instances it calls.
 * Everything is evaluated when first read, so only what is used is computed.
 */
public final class ModuleInstance {
    private final String path;
    private final String display;
    private final Declarations declarations;
    private final Map<String, Supplier<Value>> inputs;
    private final LoadContext ctx;
    private final Memo memo;
    private final Scope scope;
    private final Map<String, ResourceNode> resources = new LinkedHashMap<>();
    private final Map<String, ModuleCallNode> calls = new LinkedHashMap<>();

    /**
     * @param path    its address ("" for the root)
     * @param display its directory as messages name it
     * @param inputs  the values of its variables that are given, evaluated when read
     */
    public ModuleInstance(String path, String display, Declarations declarations, Map<String, Supplier<Value>> inputs,
                          LoadContext ctx) {
        this.path = path;
        this.display = display;
        this.declarations = declarations;
        this.inputs = inputs;
        this.ctx = ctx;
        this.memo = new Memo(ctx.guard);
        this.scope = new Scope(this::root);
        declarations.resources().values().forEach(r -> resources.put(r.local(), new ResourceNode(r, this)));
        declarations.calls().values().forEach(c -> calls.put(c.name(), new ModuleCallNode(c)));
    }

    public String path() {
        return path;
    }

    String display() {
        return display;
    }

    /** Its path and a dot, to put before a local address; "" for the root. */
    String prefix() {
        return path.isEmpty() ? "" : path + ".";
    }

    LoadContext context() {
        return ctx;
    }

    Scope scope() {
        return scope;
    }

    public Declarations declarations() {
        return declarations;
    }

    public List<ResourceNode> resources() {
        return new ArrayList<>(resources.values());
    }

    public List<ModuleCallNode> calls() {
        return new ArrayList<>(calls.values());
    }

    /** Evaluates an expression of this module (the AWS provider's region). */
    public Value eval(org.invar.terraform.hcl.syntax.Expr e) {
        return ctx.evaluator.eval(e, scope);
    }

    private Value root(String name) {
        switch (name) {
            case "var":
                return new Value.Lazy("var", this::variable, () -> Value.NULL);
            case "local":
                return new Value.Lazy("local", this::local, () -> Value.NULL);
            case "module":
                return new Value.Lazy("module", n -> calls.containsKey(n) ? calls.get(n).value() : null, () -> Value.NULL);
            case "data":
                return new Value.Lazy("data", type -> new Value.Lazy("data." + type,
                        n -> resource("data." + type + "." + n), () -> Value.NULL), () -> Value.NULL);
            case "path":
                return new Value.Obj(Map.of("module", new Value.Str(display), "root", new Value.Str(ctx.rootDisplay()),
                        "cwd", new Value.Str(".")));
            case "terraform":
                return new Value.Obj(Map.of("workspace", new Value.Str("default")));
            case "count", "each", "self":
                return null;
            default:
                if (!name.contains("_")) {
                    return null;
                }
                return new Value.Lazy(name, n -> resource(name + "." + n), () -> Value.NULL);
        }
    }

    private Value resource(String local) {
        ResourceNode node = resources.get(local);
        return node == null ? null : node.value();
    }

    private Value variable(String name) {
        Declarations.Variable decl = declarations.variables().get(name);
        if (decl == null) {
            return null;
        }
        return memo.get(prefix() + "var." + name, decl.pos(), () -> {
            Supplier<Value> given = inputs.get(name);
            if (given != null) {
                return given.get();
            }
            if (decl.defaultValue() != null) {
                return ctx.evaluator.eval(decl.defaultValue(), new Scope(n -> null));
            }
            String reason = prefix() + "var." + name + " has no value"
                    + (path.isEmpty() ? ": give it with --param " + name + "=VALUE or in terraform.tfvars"
                    : ": module " + path + " is called without it");
            ctx.note(decl.pos() + ": " + reason);
            return Value.Unknown.because(reason);
        });
    }

    private Value local(String name) {
        Declarations.Local decl = declarations.locals().get(name);
        if (decl == null) {
            return null;
        }
        return memo.get(prefix() + "local." + name, decl.pos(), () -> ctx.evaluator.eval(decl.value(), scope));
    }

    /** A {@code module} block of this instance: its instances once count/for_each is known. */
    public final class ModuleCallNode {
        private final Declarations.ModuleCall call;
        private Expansion expansion;
        private final Map<String, ModuleInstance> children = new LinkedHashMap<>();

        ModuleCallNode(Declarations.ModuleCall call) {
            this.call = call;
        }

        public Declarations.ModuleCall call() {
            return call;
        }

        /** Whether the source is a local directory; others are not read. */
        public boolean local() {
            return call.source().startsWith("./") || call.source().startsWith("../");
        }

        /** Why its instances are not known, or null. */
        public Value.Unknown unknownInstances() {
            expand();
            return expansion.unknown();
        }

        public List<ModuleInstance> instances() {
            expand();
            return new ArrayList<>(children.values());
        }

        private void expand() {
            if (expansion != null) {
                return;
            }
            String what = prefix() + "module." + call.name();
            Expansion e = ctx.guard.within(what + " (count/for_each)", call.pos(), () ->
                    Expansion.of(call.count(), call.forEach(), ctx.evaluator, scope, what));
            if (local()) {
                Path dir = declarations.dir().resolve(call.source()).normalize();
                String childDisplay = display + "/" + call.source().replaceFirst("^\\./", "");
                if (!Files.isDirectory(dir)) {
                    Pos at = call.sourcePos();
                    throw new EvalException(at, "module " + call.name() + ": no directory " + call.source() + " (" + dir
                            + "); fix the source or create the module", false);
                }
                Declarations child = ctx.module(dir, normalize(childDisplay));
                checkArguments(child);
                for (Expansion.Instance i : e.instances()) {
                    Scope s = i.bind(scope);
                    Map<String, Supplier<Value>> in = new LinkedHashMap<>();
                    String childPath = prefix() + "module." + call.name() + Addresses.key(i.key());
                    Memo argMemo = new Memo(ctx.guard);
                    call.arguments().forEach((n, a) -> in.put(n, () -> argMemo.get(childPath + ".var." + n + " (argument)",
                            a.pos(), () -> ctx.evaluator.eval(a.value(), s))));
                    children.put(childPath, new ModuleInstance(childPath, normalize(childDisplay), child, in, ctx));
                }
            } else {
                ctx.note(call.pos() + ": module " + call.name() + " comes from " + call.source()
                        + ", which is not read: its resources are not in the model and its outputs are unknown");
            }
            expansion = e;
        }

        private void checkArguments(Declarations child) {
            for (Body.Attribute a : call.arguments().values()) {
                if (!child.variables().containsKey(a.name())) {
                    throw new EvalException(a.pos(), "module " + call.name() + " (" + call.source() + ") has no variable "
                            + a.name() + "; its variables: " + String.join(", ", child.variables().keySet()), false);
                }
            }
        }

        Value value() {
            expand();
            if (!expansion.known()) {
                return expansion.unknown().uncertain("how many instances module " + call.name() + " has is not known: "
                        + expansion.unknown().reason());
            }
            if (!local()) {
                return new Value.Lazy("module." + call.name(), n -> Value.Unknown.because("module " + call.name()
                        + " comes from " + call.source() + ", which is not read"), () -> Value.NULL);
            }
            List<Value> items = new ArrayList<>();
            Map<String, Value> byKey = new LinkedHashMap<>();
            int i = 0;
            for (Expansion.Instance inst : expansion.instances()) {
                ModuleInstance m = new ArrayList<>(children.values()).get(i++);
                items.add(m.outputs());
                if (inst.key() instanceof org.invar.terraform.json.Json.Str s) {
                    byKey.put(s.value(), m.outputs());
                }
            }
            if (call.count() != null) {
                return Value.Tuple.of(items);
            }
            if (call.forEach() != null) {
                return new Value.Obj(byKey);
            }
            return items.get(0);
        }
    }

    private static String normalize(String display) {
        return Path.of(display).normalize().toString();
    }

    /** Its outputs, each evaluated when read. */
    Value outputs() {
        return new Value.Lazy(path, this::output, () -> {
            Map<String, Value> all = new LinkedHashMap<>();
            declarations.outputs().keySet().forEach(n -> all.put(n, output(n)));
            return new Value.Obj(all);
        });
    }

    private Value output(String name) {
        Declarations.Output out = declarations.outputs().get(name);
        if (out == null) {
            return null;
        }
        return memo.get(path + ".output." + name, out.pos(), () -> ctx.evaluator.eval(out.value(), scope));
    }

}
