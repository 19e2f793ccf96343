package org.invar.check;

import org.invar.dsl.ast.Identifier;

/**
 * A quantifier's (or a filtered aggregate's) current entity while checking: its kind, its slot
 * at run time, and the name it was bound to with {@code as}, if any.
 */
final class Frame {
    final int slot;
    final int kind;
    final Identifier binding;
    boolean used;

    Frame(int slot, int kind, Identifier binding) {
        this.slot = slot;
        this.kind = kind;
        this.binding = binding;
    }
}
