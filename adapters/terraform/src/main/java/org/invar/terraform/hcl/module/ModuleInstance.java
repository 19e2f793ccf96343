package org.invar.terraform.hcl.module;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.model.Origin;
import org.invar.terraform.hcl.config.Declarations;
import org.invar.terraform.hcl.eval.Scope;
import org.invar.terraform.hcl.syntax.Pos;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.read.ConfigurationGaps;

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
    private final Map<String, VariableInput> inputs;
    private final Map<String, VariableValue> variables = new LinkedHashMap<>();
    private final String mayNotExist;
    private final LoadContext ctx;
    private final Memo memo;
    private final Scope scope;
    private final Map<String, ResourceNode> resources = new LinkedHashMap<>();
    private final Map<String, ModuleCallNode> calls = new LinkedHashMap<>();

    /**
     * @param path    its address ("" for the root)
     * @param display its directory as messages name it
     * @param inputs  the values of its variables that are given, evaluated when read
     * @param mayNotExist why it may not exist (its module call's count or for_each, or an outer
     *                    one's, is not known), or null
     */
    public ModuleInstance(String path, String display, Declarations declarations, Map<String, VariableInput> inputs,
                          String mayNotExist, LoadContext ctx) {
        this.path = path;
        this.display = display;
        this.declarations = declarations;
        this.inputs = inputs;
        this.mayNotExist = mayNotExist;
        this.ctx = ctx;
        this.memo = new Memo(ctx.guard);
        this.scope = new Scope(this::root);
        // Terraform reads every variable's type when it loads the module, used or not
        declarations.variables().values().forEach(v -> variables.computeIfAbsent(v.name(),
                n -> new VariableValue(v, ctx.evaluator, prefix() + "var." + n)).type());
        declarations.resources().values().forEach(r -> resources.put(r.local(), new ResourceNode(r, this)));
        declarations.calls().values().forEach(c -> calls.put(c.name(), new ModuleCallNode(c, this)));
    }

    public String path() {
        return path;
    }

    String display() {
        return display;
    }

    /** Why this module instance may not exist, or null when it does. */
    public String mayNotExist() {
        return mayNotExist;
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
            case "ephemeral":
                // an ephemeral resource is opened while Terraform runs and never stored: nothing to know of it
                return new Value.Lazy("ephemeral", type -> new Value.Lazy("ephemeral." + type,
                        n -> Value.Unknown.because("ephemeral." + type + "." + n + " is an ephemeral resource, opened"
                                + " only while Terraform runs"), () -> Value.NULL), () -> Value.NULL);
            case "path":
                return new Value.Obj(Map.of("module", new Value.Str(display), "root", new Value.Str(ctx.rootDisplay()),
                        // Terraform runs in the root module's directory: path.cwd is its absolute path
                        // (names such as "ex-${basename(path.cwd)}" take the directory's name).
                        "cwd", new Value.Str(ctx.rootDir() == null ? "." : ctx.rootDir().toAbsolutePath().normalize().toString())));
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
            VariableValue typed = variables.computeIfAbsent(name,
                    n -> new VariableValue(decl, ctx.evaluator, prefix() + "var." + n));
            VariableInput given = inputs.get(name);
            if (given != null) {
                return typed.of(given.value().get(), given.pos());
            }
            if (decl.defaultValue() != null) {
                return typed.defaultValue();
            }
            String reason = prefix() + "var." + name + " has no value"
                    + (path.isEmpty() ? ": give it with --param " + name + "=VALUE or in terraform.tfvars"
                    : ": module " + path + " is called without it");
            ctx.note(decl.pos() + ": " + reason);
            if (!path.isEmpty()) {
                return Value.Unknown.because(reason);
            }
            Pos at = decl.pos();
            ctx.unsetVariable(new ConfigurationGaps.UnsetVariable(name, decl.type(), reason,
                    new Origin(at.file(), at.line(), at.column(), "var." + name)));
            return Value.Unknown.unsetVariable(name, reason);
        });
    }

    private Value local(String name) {
        Declarations.Local decl = declarations.locals().get(name);
        if (decl == null) {
            return null;
        }
        return memo.get(prefix() + "local." + name, decl.pos(), () -> ctx.evaluator.eval(decl.value(), scope));
    }

    static String normalize(String display) {
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
