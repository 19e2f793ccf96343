package org.invar.model;

/**
 * What a symbolic entity stands for: the zone of a subnet whose zone is not known is some zone,
 * the same one wherever that subnet is named, maybe the same as another zone.
 *
 * @param meaning how a report names it, such as {@code the zone of subnet var.subnet1_id}
 * @param ownerKind the kind of the entity whose relation it stands in for ({@code subnet}), or null
 * @param ownerId that entity's id, or null
 * @param cause why that relation is not known (the subnet's {@code az} was unknown with this
 *     reason), or null when it was only missing; a model file writes the relation as unknown with
 *     this reason, and reading it back gives the same symbolic entity again
 */
public record Symbolic(String meaning, String ownerKind, String ownerId, String cause) {
    /** How reasons name it: its meaning, and the input's reason when there was one. */
    public String described() {
        return cause == null ? meaning : meaning + " (" + cause + ")";
    }
}
