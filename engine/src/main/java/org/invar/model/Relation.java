package org.invar.model;

import java.util.Map;

/**
 * One relation of every entity of a kind, as index arrays: the targets of entity {@code i} are
 * {@code targets[offsets[i]] .. targets[offsets[i+1]-1]}, indices into the target kind's table.
 * A relation may be unknown for an entity (a subnet whose zone AWS chooses), with a reason.
 */
public final class Relation {
    private final int targetKind;
    private final int[] offsets;
    private final int[] targets;
    private final Map<Integer, String> unknown;

    Relation(int targetKind, int[] offsets, int[] targets, Map<Integer, String> unknown) {
        this.targetKind = targetKind;
        this.offsets = offsets;
        this.targets = targets;
        this.unknown = Map.copyOf(unknown);
    }

    /** The index of the target kind in the schema. */
    public int targetKind() {
        return targetKind;
    }

    public int start(int entity) {
        return offsets[entity];
    }

    public int end(int entity) {
        return offsets[entity + 1];
    }

    public int count(int entity) {
        return offsets[entity + 1] - offsets[entity];
    }

    public int target(int slot) {
        return targets[slot];
    }

    public boolean hasUnknown() {
        return !unknown.isEmpty();
    }

    /** The reason this entity's targets are not known, or null when they are. */
    public String unknownReason(int entity) {
        return unknown.isEmpty() ? null : unknown.get(entity);
    }
}
