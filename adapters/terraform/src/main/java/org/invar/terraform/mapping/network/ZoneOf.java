package org.invar.terraform.mapping.network;

import org.invar.model.EntityBuilder;

/** The AZ of an entity placed in a subnet: the subnet's, known or unknown. */
public final class ZoneOf {
    private ZoneOf() {
    }

    /** Relates {@code to} to the AZ of {@code subnet}, or marks its AZ unknown for the same reason. */
    public static void copy(EntityBuilder subnet, EntityBuilder to) {
        subnet.related("az").forEach(az -> to.relate("az", az));
        subnet.unknownRelation("az").ifPresent(reason -> to.unknownRelation("az", reason));
    }
}
