package org.invar.terraform.hcl.module;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.terraform.hcl.config.Declarations;
import org.invar.terraform.hcl.eval.Scope;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.json.Json;

/**
 * A resource or data block in one module instance: its instances once {@code count} or
 * {@code for_each} is evaluated, and its value as references see it (one instance, a list by
 * count, a map by key, or unknown when how many is not known).
 */
public final class ResourceNode {
    private final Declarations.Resource declaration;
    private final ModuleInstance module;
    private Expansion expansion;
    private List<ResourceInstance> instances;
    private ResourceInstance anyInstance;

    ResourceNode(Declarations.Resource declaration, ModuleInstance module) {
        this.declaration = declaration;
        this.module = module;
    }

    public Declarations.Resource declaration() {
        return declaration;
    }

    /** Why its instances are not known, or null when they are. */
    public Value.Unknown unknownInstances() {
        expand();
        return expansion.unknown();
    }

    /** Its instances; none when how many there are is not known (see {@link #anyInstance()}). */
    public List<ResourceInstance> instances() {
        expand();
        return instances;
    }

    /**
     * When how many instances it has is not known, the one instance that stands for them all
     * ({@code aws_db_instance.this[?]}), its attributes what its body says with {@code count.index}
     * or {@code each} unknown; null when its instances are known.
     */
    public ResourceInstance anyInstance() {
        expand();
        if (anyInstance == null && !expansion.known()) {
            String what = module.prefix() + declaration.local();
            Expansion.AnyInstance any = expansion.anyInstance(what);
            anyInstance = new ResourceInstance(declaration, module.path(), any.key(), any.bind(module.scope()),
                    module.context());
        }
        return anyInstance;
    }

    private void expand() {
        if (expansion != null) {
            return;
        }
        String what = module.prefix() + declaration.local();
        LoadContext ctx = module.context();
        Expansion e = ctx.guard.within(what + " (count/for_each)", declaration.pos(), () ->
                Expansion.of(declaration.count(), declaration.forEach(), ctx.evaluator, module.scope(), what));
        List<ResourceInstance> out = new ArrayList<>();
        for (Expansion.Instance i : e.instances()) {
            Scope s = i.bind(module.scope());
            out.add(new ResourceInstance(declaration, module.path(), i.key(), s, ctx));
        }
        instances = out;
        expansion = e;
    }

    Value value() {
        if (declaration.data() && declaration.type().equals("aws_availability_zones")
                && declaration.count() == null && declaration.forEach() == null) {
            return AvailabilityZones.of(module.prefix() + declaration.local(), module.context().region(), declaration.pos());
        }
        expand();
        if (!expansion.known()) {
            // Which instances it names is not known: the one that stands for them is a candidate.
            Value.Unknown u = expansion.unknown();
            Set<String> sources = new LinkedHashSet<>(u.sources());
            sources.add(anyInstance().address());
            return new Value.Unknown("how many instances " + module.prefix() + declaration.local() + " has is not known: "
                    + u.reason(), sources, true);
        }
        if (declaration.count() != null) {
            List<Value> items = new ArrayList<>();
            instances.forEach(i -> items.add(i.value()));
            return Value.Tuple.of(items);
        }
        if (declaration.forEach() != null) {
            Map<String, Value> items = new LinkedHashMap<>();
            instances.forEach(i -> items.put(((Json.Str) i.key()).value(), i.value()));
            return new Value.Obj(items);
        }
        return instances.get(0).value();
    }
}
