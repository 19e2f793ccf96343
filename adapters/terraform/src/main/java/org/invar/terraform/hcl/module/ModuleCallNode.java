package org.invar.terraform.hcl.module;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.invar.terraform.hcl.config.Declarations;
import org.invar.terraform.hcl.eval.EvalException;
import org.invar.terraform.hcl.eval.Scope;
import org.invar.terraform.hcl.syntax.Body;
import org.invar.terraform.hcl.syntax.Pos;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.json.Json;
import org.invar.terraform.read.Addresses;

/** A {@code module} block of a module instance: its instances once count/for_each is known. */
public final class ModuleCallNode {
    private final Declarations.ModuleCall call;
    private final ModuleInstance parent;
    private final LoadContext ctx;
    private Expansion expansion;
    private final Map<String, ModuleInstance> children = new LinkedHashMap<>();

    ModuleCallNode(Declarations.ModuleCall call, ModuleInstance parent) {
        this.call = call;
        this.parent = parent;
        this.ctx = parent.context();
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
        String what = parent.prefix() + "module." + call.name();
        Expansion e = ctx.guard.within(what + " (count/for_each)", call.pos(), () ->
                Expansion.of(call.count(), call.forEach(), ctx.evaluator, parent.scope(), what));
        if (local()) {
            Path dir = parent.declarations().dir().resolve(call.source()).normalize();
            String childDisplay = parent.display() + "/" + call.source().replaceFirst("^\\./", "");
            if (!Files.isDirectory(dir)) {
                Pos at = call.sourcePos();
                throw new EvalException(at, "module " + call.name() + ": no directory " + call.source() + " (" + dir
                        + "); fix the source or create the module", false);
            }
            Declarations child = ctx.module(dir, ModuleInstance.normalize(childDisplay));
            checkArguments(child);
            for (Expansion.Instance i : e.instances()) {
                Scope s = i.bind(parent.scope());
                Map<String, Supplier<Value>> in = new LinkedHashMap<>();
                String childPath = parent.prefix() + "module." + call.name() + Addresses.key(i.key());
                Memo argMemo = new Memo(ctx.guard);
                call.arguments().forEach((n, a) -> in.put(n, () -> argMemo.get(childPath + ".var." + n + " (argument)",
                        a.pos(), () -> ctx.evaluator.eval(a.value(), s))));
                children.put(childPath, new ModuleInstance(childPath, ModuleInstance.normalize(childDisplay), child, in, ctx));
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
            if (inst.key() instanceof Json.Str s) {
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
