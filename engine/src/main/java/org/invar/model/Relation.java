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
    private final String incomplete;
    private final java.util.Set<Integer> derivedUnknown;
    /** Asked at every step of every path: a field, not a map look-up. */
    private final boolean anyUnknown;

    /**
     * @param unknown the entities whose targets are not known, with the reason
     * @param incomplete why no entity's targets are known to be all there, or null: the other side
     *     of a paired relation is unknown somewhere (a subnet whose AZ is unknown may be in any AZ)
     */
    Relation(int targetKind, int[] offsets, int[] targets, Map<Integer, String> unknown, String incomplete,
             java.util.Set<Integer> derivedUnknown) {
        this.derivedUnknown = java.util.Set.copyOf(derivedUnknown);
        this.targetKind = targetKind;
        this.offsets = offsets;
        this.targets = targets;
        this.unknown = Map.copyOf(unknown);
        this.incomplete = incomplete;
        this.anyUnknown = incomplete != null || !unknown.isEmpty();
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
        return anyUnknown;
    }

    /**
     * The reason this entity's targets are not known to be all there, or null when they are: its
     * own, or the one its paired relation gives every entity.
     */
    public String unknownReason(int entity) {
        if (!anyUnknown) {
            return null;
        }
        if (!unknown.isEmpty()) {
            String own = unknown.get(entity);
            if (own != null) {
                return own;
            }
        }
        return incomplete;
    }

    /**
     * The reason the input gave for this entity itself, leaving out what the paired relation
     * implies and what the engine derived: what a model file says.
     */
    public String inputUnknownReason(int entity) {
        return derivedUnknown.contains(entity) ? null : ownUnknownReason(entity);
    }

    /** The reason given for this entity itself, leaving out what the paired relation implies. */
    public String ownUnknownReason(int entity) {
        return unknown.isEmpty() ? null : unknown.get(entity);
    }
}
