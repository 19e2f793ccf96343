package org.invar.derive;

import org.invar.model.ModelBuilder;

/** The engine's derived facts, computed once for every adapter. */
public final class Derivations {
    private Derivations() {
    }

    public static void apply(ModelBuilder model) {
    }
}
