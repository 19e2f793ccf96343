package org.invar.terraform.hcl.module;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.invar.terraform.hcl.syntax.Pos;
import org.invar.terraform.hcl.value.Value;

/** Values evaluated once, by name, inside the cycle {@link Guard}. */
final class Memo {
    private final Guard guard;
    private final Map<String, Value> values = new HashMap<>();

    Memo(Guard guard) {
        this.guard = guard;
    }

    Value get(String name, Pos pos, Supplier<Value> compute) {
        Value known = values.get(name);
        if (known != null) {
            return known;
        }
        Value v = guard.within(name, pos, compute);
        values.put(name, v);
        return v;
    }
}
