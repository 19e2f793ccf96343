package org.invar.derive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;
import org.invar.model.Origin;
import org.invar.model.Value;

/**
 * Symbolic zones: a subnet whose zone is not known (a subnet id passed as a parameter, a subnet
 * whose zone AWS picks) still lies in exactly one zone. This gives it one, the az
 * {@code zone of <subnet id>}, marked symbolic ({@link EntityBuilder#symbolic}): some zone, the
 * same one wherever that subnet is named, maybe the same as another zone of the model.
 *
 * <p>What is known about such zones is kept: the subnets of one load balancer are in pairwise
 * different zones (Elastic Load Balancing takes one subnet per zone), so those zones are given as
 * a group of different zones ({@link ModelBuilder#distinct}). Two zones known by name are
 * different. Any other pair with a symbolic zone may be one zone: {@link ZoneIdentity} tells the
 * later derivations, and the evaluator compares such zones as unknown.
 *
 * <p>With this, per-zone facts are derived for such a load balancer as for any other: a multi-AZ
 * load balancer on two subnet parameters in front of a one-task service on the same two subnets
 * has a node in each of two different zones, each guaranteed {@code floor(1/2) = 0} targets,
 * without knowing which zones they are.
 *
 * <p>The zone takes the origin of the first load balancer (by id) that uses the subnet, else the
 * subnet's: a finding about the zone points at the resource that put a node there. Running it
 * again on the same facts changes nothing; a symbolic zone whose subnet now has a zone of its own,
 * or is gone, is removed.
 */
public final class SymbolicZones {
    static final String PREFIX = "zone of ";

    private SymbolicZones() {
    }

    static boolean applies(ModelBuilder model) {
        return Fields.present(model.schema(), "subnet.az", "az");
    }

    static void apply(ModelBuilder model) {
        Map<String, EntityBuilder> usedBy = firstLoadBalancers(model);
        Set<String> stale = new HashSet<>();
        for (EntityBuilder az : model.entities("az")) {
            if (az.symbolic().isPresent()) {
                stale.add(az.id());
            }
        }
        for (EntityBuilder subnet : model.entities("subnet")) {
            List<EntityBuilder> azs = Graph.related(model, subnet, "az");
            if (azs.size() == 1 && stale.contains(azs.get(0).id())) {
                stale.remove(azs.get(0).id());
                continue;
            }
            if (!azs.isEmpty() || !subnet.related("az").isEmpty()) {
                continue; // a zone of its own, or one the model lacks (an error the build reports)
            }
            String cause = subnet.unknownRelation("az").orElse(null);
            EntityBuilder zone = model.derivedEntity("az", PREFIX + subnet.id());
            stale.remove(zone.id());
            zone.symbolic("the zone of " + Reasons.name(subnet), subnet, cause);
            if (zone.kindDef().attribute("name").isPresent()) {
                zone.setDerived("name", Value.unknown("the zone of " + Reasons.name(subnet) + " is not known"
                        + (cause == null ? "" : ": " + cause)));
            }
            EntityBuilder lb = usedBy.get(subnet.id());
            zone.origin(lb != null ? lb.origin() : subnet.origin());
            subnet.knownRelation("az");
            subnet.relateDerived("az", zone.id());
        }
        stale.forEach(id -> model.remove("az", id));

        model.clearDistinct("az");
        if (Fields.present(model.schema(), "load_balancer.subnet")) {
            for (EntityBuilder lb : model.entities("load_balancer")) {
                Set<String> zones = new LinkedHashSet<>();
                boolean symbolic = false;
                for (EntityBuilder subnet : Graph.related(model, lb, "subnet")) {
                    for (EntityBuilder az : Graph.related(model, subnet, "az")) {
                        zones.add(az.id());
                        symbolic |= az.symbolic().isPresent();
                    }
                }
                if (symbolic) {
                    model.distinct("az", zones);
                }
            }
        }
    }

    /** For each subnet, the load balancer that has it and an origin: application ones first, then by id. */
    private static Map<String, EntityBuilder> firstLoadBalancers(ModelBuilder model) {
        Map<String, EntityBuilder> first = new TreeMap<>();
        if (!Fields.present(model.schema(), "load_balancer.subnet")) {
            return first;
        }
        // An application load balancer first: a zone's findings are mostly about its nodes.
        List<EntityBuilder> lbs = new ArrayList<>(model.entities("load_balancer"));
        lbs.sort(java.util.Comparator.comparing((EntityBuilder lb) -> !application(lb)).thenComparing(EntityBuilder::id));
        for (EntityBuilder lb : lbs) {
            if (lb.origin().equals(Origin.NONE)) {
                continue;
            }
            for (String subnet : lb.related("subnet")) {
                first.putIfAbsent(subnet, lb);
            }
        }
        return first;
    }

    private static boolean application(EntityBuilder lb) {
        return LoadBalancerNodes.type(lb) instanceof Value.Str t && t.value().equals(LoadBalancerNodes.APPLICATION);
    }
}
