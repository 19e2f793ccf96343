package org.invar.terraform.hcl.module;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invar.model.Origin;
import org.invar.terraform.hcl.config.Declarations;
import org.invar.terraform.hcl.eval.EvalException;
import org.invar.terraform.hcl.eval.Scope;
import org.invar.terraform.hcl.syntax.Body;
import org.invar.terraform.hcl.syntax.Pos;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.json.Json;
import org.invar.terraform.read.Addresses;
import org.invar.terraform.read.ConfigurationGaps;

/**
 * A {@code module} block of a module instance: its instances once count/for_each is known. When
 * how many there are is not known, one instance stands for them all ({@code module.app[?]}), and
 * what it makes may not exist. A module whose code is not there to read (a registry module before
 * {@code terraform init}, a missing directory) has no instances; it is recorded with why, so the
 * model can say that entities of any kind may come from it.
 */
public final class ModuleCallNode {
    private final Declarations.ModuleCall call;
    private final ModuleInstance parent;
    private final LoadContext ctx;
    private Expansion expansion;
    private ModuleDirectory directory;
    private final Map<String, ModuleInstance> children = new LinkedHashMap<>();

    ModuleCallNode(Declarations.ModuleCall call, ModuleInstance parent) {
        this.call = call;
        this.parent = parent;
        this.ctx = parent.context();
    }

    public Declarations.ModuleCall call() {
        return call;
    }

    /** Why its instances are not known, or null. */
    public Value.Unknown unknownInstances() {
        expand();
        return expansion.unknown();
    }

    /** Its instances: one per count index or for_each key, or the one {@code [?]} instance; none when not read. */
    public List<ModuleInstance> instances() {
        expand();
        return new ArrayList<>(children.values());
    }

    private String address() {
        return parent.prefix() + "module." + call.name();
    }

    private void expand() {
        if (expansion != null) {
            return;
        }
        String what = address();
        Expansion e = ctx.guard.within(what + " (count/for_each)", call.pos(), () ->
                Expansion.of(call.count(), call.forEach(), ctx.evaluator, parent.scope(), what));
        ModuleDirectory dir = ModuleDirectory.of(call, parent, ctx);
        directory = dir;
        expansion = e;
        if (!dir.readable()) {
            if (!e.known() || !e.instances().isEmpty()) {
                Pos at = call.pos();
                ctx.unreadModule(new ConfigurationGaps.UnreadModule(what, dir.notRead(),
                        new Origin(at.file(), at.line(), at.column(), what)));
            }
            return;
        }
        Declarations child = ctx.module(dir.dir(), dir.display());
        checkArguments(child);
        List<Expansion.Instance> instances = e.known() ? e.instances() : List.of(e.anyInstance(what));
        String mayNotExist = e.known() ? parent.mayNotExist()
                : ConfigurationGaps.mayNotExist(parent.mayNotExist(), "how many instances " + what + " has is not known: " + e.unknown().reason());
        for (Expansion.Instance i : instances) {
            Scope s = i.bind(parent.scope());
            Map<String, VariableInput> in = new LinkedHashMap<>();
            String childPath = what + Addresses.key(i.key());
            Memo argMemo = new Memo(ctx.guard);
            call.arguments().forEach((n, a) -> in.put(n, new VariableInput(() -> argMemo.get(childPath + ".var." + n
                    + " (argument)", a.pos(), () -> ctx.evaluator.eval(a.value(), s)), a.value().pos())));
            children.put(childPath, new ModuleInstance(childPath, dir.display(), child, in, mayNotExist, ctx));
        }
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
        if (!directory.readable()) {
            return new Value.Lazy(address(), n -> Value.Unknown.because(directory.notRead()), () -> Value.NULL);
        }
        if (!expansion.known()) {
            return expansion.unknown().uncertain("how many instances " + address() + " has is not known: "
                    + expansion.unknown().reason());
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
