package org.invar.terraform.hcl.module;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.terraform.hcl.config.Declarations;
import org.invar.terraform.hcl.eval.Elements;
import org.invar.terraform.hcl.eval.EvalException;
import org.invar.terraform.hcl.eval.Scope;
import org.invar.terraform.hcl.syntax.Body;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;
import org.invar.terraform.json.Json;

/**
 * One instance of a resource or data source: its configured attributes and nested blocks,
 * evaluated when read (with {@code count.index} or {@code each} bound). What the configuration
 * does not set is unknown: known after apply for a resource, read from AWS for a data source,
 * with the instance as the unknown's source, which is how what refers to it is linked to it.
 */
public final class ResourceInstance {
    private final Declarations.Resource declaration;
    private final String address;
    private final String module;
    private final Json key;
    private final Scope scope;
    private final LoadContext ctx;
    private final Memo memo;

    ResourceInstance(Declarations.Resource declaration, String module, Json key, Scope scope, LoadContext ctx) {
        this.declaration = declaration;
        this.module = module;
        this.address = org.invar.terraform.read.Addresses.instance(module, declaration.data(), declaration.type(),
                declaration.name(), key);
        this.key = key;
        this.scope = scope;
        this.ctx = ctx;
        this.memo = new Memo(ctx.guard);
    }

    public Declarations.Resource declaration() {
        return declaration;
    }

    public String address() {
        return address;
    }

    public String module() {
        return module;
    }

    public Json key() {
        return key;
    }

    /** Whether the configuration sets this attribute or has blocks of this type. */
    public boolean sets(String name) {
        Body body = declaration.body();
        return body.attribute(name).isPresent() || !body.blocks(name).isEmpty() || dynamic(body, name).size() > 0;
    }

    /** The value of an attribute or nested blocks, evaluated once. */
    public Value attribute(String name) {
        Body body = declaration.body();
        if (body.attribute(name).isPresent()) {
            Body.Attribute a = body.attribute(name).get();
            return memo.get(address + "." + name, a.pos(), () -> ctx.evaluator.eval(a.value(), scope));
        }
        if (!body.blocks(name).isEmpty() || !dynamic(body, name).isEmpty()) {
            return memo.get(address + "." + name, declaration.pos(), () -> blocks(body, name, scope));
        }
        return notConfigured(name);
    }

    /** An attribute the configuration does not set. */
    Value notConfigured(String name) {
        return new Value.Unknown(address + "." + name + (declaration.data() ? " is read from AWS when planning"
                : " is known after apply"), Set.of(address));
    }

    /** The instance as one value: what it configures, and its id. */
    Value whole() {
        Map<String, Value> out = new LinkedHashMap<>();
        Body body = declaration.body();
        body.attributes().forEach(a -> out.put(a.name(), attribute(a.name())));
        body.blocks().forEach(b -> {
            String type = b.type().equals("dynamic") && !b.labels().isEmpty() ? b.labels().get(0) : b.type();
            out.put(type, attribute(type));
        });
        out.putIfAbsent("id", notConfigured("id"));
        return new Value.Obj(out);
    }

    Value.Lazy value() {
        return new Value.Lazy(address, this::attribute, this::whole);
    }

    /** Nested blocks of a type, static and {@code dynamic}, in order, as a list of objects. */
    private Value blocks(Body body, String type, Scope in) {
        List<Value> out = new ArrayList<>();
        for (Body.Block b : body.blocks()) {
            if (b.type().equals(type)) {
                out.add(object(b.body(), in));
            } else if (b.type().equals("dynamic") && b.labels().equals(List.of(type))) {
                Value expanded = dynamicBlock(b, in);
                if (expanded instanceof Value.Unknown u) {
                    return u;
                }
                out.addAll(((Value.Tuple) expanded).items());
            }
        }
        return Value.Tuple.of(out);
    }

    private static List<Body.Block> dynamic(Body body, String type) {
        return body.blocks().stream().filter(b -> b.type().equals("dynamic") && b.labels().equals(List.of(type))).toList();
    }

    private Value object(Body body, Scope in) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (Body.Attribute a : body.attributes()) {
            out.put(a.name(), ctx.evaluator.eval(a.value(), in));
        }
        for (Body.Block b : body.blocks()) {
            String type = b.type().equals("dynamic") && !b.labels().isEmpty() ? b.labels().get(0) : b.type();
            if (!out.containsKey(type)) {
                out.put(type, blocks(body, type, in));
            }
        }
        return new Value.Obj(out);
    }

    /** {@code dynamic "type" { for_each = ..., iterator = name, content { ... } }}. */
    private Value dynamicBlock(Body.Block b, Scope in) {
        Body.Attribute forEach = b.body().attribute("for_each").orElseThrow(() -> new EvalException(b.pos(),
                "a dynamic block needs for_each", false));
        Body.Block content = b.body().blocks("content").stream().findFirst().orElseThrow(() -> new EvalException(b.pos(),
                "a dynamic block needs a content block", false));
        String iterator = b.body().attribute("iterator").map(a -> a.value() instanceof org.invar.terraform.hcl.syntax.Expr.Variable v
                ? v.name() : null).orElse(b.labels().get(0));
        Value coll = Values.force(ctx.evaluator.eval(forEach.value(), in));
        if (coll instanceof Value.Unknown u) {
            return u.uncertain("the dynamic " + b.labels().get(0) + " blocks of " + address + " are not known: "
                    + u.reason());
        }
        if (coll instanceof Value.OpenList open) {
            return Value.Unknown.because(open.lengthReason());
        }
        List<Value> out = new ArrayList<>();
        if (coll instanceof Value.Null) {
            return Value.Tuple.of(out);
        }
        Elements elements = Elements.of(coll, forEach.pos(), "the for_each of a dynamic block");
        for (int i = 0; i < elements.size(); i++) {
            Value it = iteration(elements.keys().get(i), elements.values().get(i));
            out.add(object(content.body(), in.with(iterator, it)));
        }
        return Value.Tuple.of(out);
    }

    private static Value iteration(Value key, Value value) {
        return new Value.Obj(Map.of("key", key, "value", value));
    }
}
