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
    private static final Function<String, String> MODULE_NAMES = name -> "unknown name '" + name + "'; a reference"
            + " starts with var., local., module., data., a resource type, count., each., path. or a for variable";

    private final Function<String, Value> roots;
    private final Map<String, Value> bound;
    private final Function<String, String> unknownName;

    public Scope(Function<String, Value> roots) {
        this(roots, Map.of(), MODULE_NAMES);
    }

    /** A scope whose missing names are explained by {@code unknownName} (a template's variables). */
    public Scope(Function<String, Value> roots, Function<String, String> unknownName) {
        this(roots, Map.of(), unknownName);
    }

    private Scope(Function<String, Value> roots, Map<String, Value> bound, Function<String, String> unknownName) {
        this.roots = roots;
        this.bound = bound;
        this.unknownName = unknownName;
    }

    public Scope with(String name, Value value) {
        Map<String, Value> next = new HashMap<>(bound);
        next.put(name, value);
        return new Scope(roots, next, unknownName);
    }

    /** Why a name that is not in this scope is an error, and what is. */
    String unknownName(String name) {
        return unknownName.apply(name);
    }

    /** The value of a name, or null when nothing is called so. */
    public Value lookup(String name) {
        Value v = bound.get(name);
        return v != null ? v : roots.apply(name);
    }
}
