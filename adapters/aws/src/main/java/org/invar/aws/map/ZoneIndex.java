package org.invar.aws.map;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.invar.aws.scan.ScanScope;
import org.invar.model.EntityBuilder;

/**
 * Availability zones by the name an account uses ({@code us-east-1a}) to their entity ids.
 * Zone names are per account (one account's {@code us-east-1a} may be another's
 * {@code us-east-1c}); zone ids ({@code use1-az1}) are physical, so they are the ids. When
 * neither DescribeAvailabilityZones nor a subnet gave a zone's id, the name is the id.
 */
final class ZoneIndex {
    private final MappingContext ctx;
    private final Map<String, String> idsByName = new HashMap<>();
    private final Map<String, String> unknownIdReasons = new HashMap<>();

    ZoneIndex(MappingContext ctx) {
        this.ctx = ctx;
    }

    /** Learns a zone's id (from DescribeAvailabilityZones or a subnet). */
    void learn(ScanScope scope, String name, String zoneId) {
        if (name != null && zoneId != null) {
            idsByName.putIfAbsent(key(scope, name), zoneId);
        }
    }

    /** Zone ids of this scope are not all known, and why (DescribeAvailabilityZones failed). */
    void idsUnknown(ScanScope scope, String reason) {
        unknownIdReasons.putIfAbsent(scope.account() + " " + scope.region(), reason);
    }

    /** The entity id of the zone of that name, declaring the zone (and its region) on first use. */
    String zone(ScanScope scope, String name) {
        String zoneId = idsByName.get(key(scope, name));
        String id = zoneId != null ? zoneId : name;
        if (ctx.model.find("az", id).isEmpty()) {
            EntityBuilder az = ctx.model.entity("az", id);
            az.origin(org.invar.model.Origin.resource(name + (zoneId != null ? " (" + zoneId + ")" : "")
                    + " in account " + scope.account()));
            az.set("name", name);
            if (zoneId != null) {
                az.set("zone_id", zoneId);
            } else {
                Optional.ofNullable(unknownIdReasons.get(scope.account() + " " + scope.region()))
                        .ifPresent(reason -> az.unknown("zone_id", reason));
            }
            az.relate("region", region(scope));
        }
        return id;
    }

    /** The region entity, declared on first use. */
    String region(ScanScope scope) {
        if (ctx.model.find("region", scope.region()).isEmpty()) {
            ctx.model.entity("region", scope.region()).set("name", scope.region())
                    .origin(org.invar.model.Origin.resource(scope.region()));
        }
        return scope.region();
    }

    private static String key(ScanScope scope, String name) {
        return scope.account() + " " + name;
    }
}
