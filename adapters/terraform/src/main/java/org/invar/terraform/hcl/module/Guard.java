package org.invar.terraform.hcl.module;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import org.invar.terraform.hcl.eval.EvalException;
import org.invar.terraform.hcl.syntax.Pos;

/**
 * Finds reference cycles: each local, variable, output and resource attribute being evaluated is
 * entered with its name; entering one already being evaluated is a cycle, reported at the
 * expression that closes it with the whole chain.
 */
final class Guard {
    private final LinkedHashSet<String> active = new LinkedHashSet<>();

    <T> T within(String name, Pos pos, Supplier<T> body) {
        if (!active.add(name)) {
            List<String> chain = new ArrayList<>();
            boolean in = false;
            for (String a : active) {
                in |= a.equals(name);
                if (in) {
                    chain.add(a);
                }
            }
            chain.add(name);
            throw new EvalException(pos, "reference cycle: " + String.join(" -> ", chain)
                    + "; one of these must not refer back", false);
        }
        try {
            return body.get();
        } catch (EvalException e) {
            e.evaluating(name);
            throw e;
        } finally {
            active.remove(name);
        }
    }
}
