package org.invar.derive;

import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;

/**
 * Which zones a load balancer whose zones are unknown may still have a node in.
 *
 * <p>A zone belongs to one region, and so does a load balancer: one in eu-west-1 whose subnets
 * are unknown (a placeholder for a listing denied there) may have a node in any zone of
 * eu-west-1, never in one of us-east-1. Only when both regions are known and differ is the zone
 * ruled out; a load balancer or a zone without a known region may still be anywhere.
 */
final class Regions {
    private Regions() {
    }

    /** Whether the load balancer may have a node in the zone, judged by their regions alone. */
    static boolean mayHoldNode(ModelBuilder model, EntityBuilder lb, EntityBuilder az) {
        if (!Fields.present(model.schema(), "load_balancer.region", "az.region")) {
            return true;
        }
        String lbRegion = known(lb);
        String azRegion = known(az);
        return lbRegion == null || azRegion == null || lbRegion.equals(azRegion);
    }

    /** The entity's one region, or null when it has none, several, or its region is unknown. */
    private static String known(EntityBuilder e) {
        Set<String> regions = e.related("region");
        if (regions.size() != 1 || e.unknownRelation("region").isPresent()) {
            return null;
        }
        return regions.iterator().next();
    }
}
