package org.invar.eval;

import java.util.Arrays;
import org.invar.model.Column;
import org.invar.model.EntityTable;
import org.invar.model.Model;

/**
 * The mutable state of one thread evaluating one rule: the entity in each quantifier's slot, the
 * status of the last scalar read, a stack on which collections are laid out, and where the last
 * unknown came from. Nodes are shared and immutable; everything that changes lives here.
 */
final class Ctx {
    final Model model;
    final int[] entity;

    /** Status of the last scalar read: {@link Column#PRESENT}, {@link Column#ABSENT} or {@link Column#UNKNOWN}. */
    byte status;

    long[] buf = new long[64];
    byte[] state = new byte[64];
    int top;
    /** Set when a collection may hold more than it listed (a relation whose targets are unknown). */
    boolean incomplete;

    // Where the last unknown or absent value came from; turned into words only when explaining.
    EntityTable unknownTable;
    int unknownEntity;
    String unknownField;
    String unknownReason;

    Ctx(Model model, int slots) {
        this.model = model;
        this.entity = new int[Math.max(1, slots)];
    }

    void push(long bits, byte elementState) {
        if (top == buf.length) {
            buf = Arrays.copyOf(buf, top * 2);
            state = Arrays.copyOf(state, top * 2);
        }
        buf[top] = bits;
        state[top] = elementState;
        top++;
    }

    void noteUnknown(EntityTable table, int e, String field, String reason) {
        unknownTable = table;
        unknownEntity = e;
        unknownField = field;
        unknownReason = reason;
    }

    void forgetUnknown() {
        noteUnknown(null, 0, null, null);
    }

    /** Why the last unknown value is unknown, in words. */
    String unknownWhy() {
        if (unknownTable == null) {
            return unknownReason != null ? unknownReason : "a value is unknown";
        }
        String who = unknownTable.kind().name() + " " + unknownTable.id(unknownEntity);
        if (unknownReason != null) {
            return who + ": " + (unknownField == null ? "" : unknownField + " is unknown: ") + unknownReason;
        }
        return who + " has no " + unknownField;
    }
}
