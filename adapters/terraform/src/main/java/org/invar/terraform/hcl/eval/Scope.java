package org.invar.terraform.hcl.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.invar.terraform.hcl.value.Value;

/**
 * The names an expression can use: the roots of its module instance ({@code var}, {@code local},
 * resource types, {@code count}, {@code each} ...), and the names bound by enclosing
 * {@code for} expressions and {@code dynamic} blocks, which shadow them.
 */
public final class Scope {
    private final Function<String, Value> roots;
    private final Map<String, Value> bound;

    public Scope(Function<String, Value> roots) {
        this(roots, Map.of());
    }

    private Scope(Function<String, Value> roots, Map<String, Value> bound) {
        this.roots = roots;
        this.bound = bound;
    }

    public Scope with(String name, Value value) {
        Map<String, Value> next = new HashMap<>(bound);
        next.put(name, value);
        return new Scope(roots, next);
    }

    /** The value of a name, or null when nothing is called so. */
    public Value lookup(String name) {
        Value v = bound.get(name);
        return v != null ? v : roots.apply(name);
    }
}
