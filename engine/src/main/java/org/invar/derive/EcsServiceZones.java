package org.invar.derive;

import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;
import org.invar.model.Value;

/**
 * {@code ecs_service.az} and {@code ecs_service.az_count}: the distinct AZs a service's tasks may
 * run in, and how many there are. Those are the AZs of the subnets of its awsvpc network
 * configuration ({@code ecs_service.subnet}, then {@code subnet.az}), bounded by the AZs of the
 * Auto Scaling groups of the capacity providers that place it; a service on bridge or host
 * networking placed by capacity providers runs in their groups' AZs ({@link ServiceZones}).
 *
 * <p>ECS spreads a service's tasks over those AZs by default, so their number is what
 * {@code desired_count} is divided among ({@code desired_count >= az_count} says every AZ gets a
 * task).
 *
 * <ul>
 *   <li>A subnet whose AZ is unknown or not in the model, an unknown {@code subnet} relation, or
 *       a capacity provider whose group or zones are not known: {@code az} is unknown with the
 *       reason (the known AZs are kept), and {@code az_count} is {@link Value.Unknown} with the
 *       same reason, since the tasks may run in another AZ.</li>
 *   <li>A service without subnets and without capacity providers (bridge or host networking on
 *       the cluster's instances, or a model that does not say): {@code az} is empty and
 *       {@code az_count} is absent, not 0. Its tasks run in the AZs of the cluster's instances,
 *       which nothing about the service tells; 0 would claim it runs nowhere.</li>
 *   <li>An awsvpc service whose subnets are in none of its capacity providers' AZs: {@code az} is
 *       empty and {@code az_count} is 0. Its tasks cannot be placed anywhere.</li>
 * </ul>
 *
 * <p>{@code ecs_service.uneven_tasks} is {@code desired_count} modulo {@code az_count}: the
 * tasks left over once the rest are spread evenly, which land in some AZs and not others (0 when
 * the count divides evenly). Unknown when either is unknown or desired_count is missing; absent
 * when az_count is. (Schemas without it skip it.)
 */
public final class EcsServiceZones {
    private EcsServiceZones() {
    }

    static boolean applies(ModelBuilder model) {
        return Fields.present(model.schema(), "ecs_service.subnet", "ecs_service.az", "ecs_service.az_count",
                "subnet.az");
    }

    static void apply(ModelBuilder model, ZoneIdentity identity) {
        for (EntityBuilder service : model.entities("ecs_service")) {
            Zones zones = ServiceZones.of(model, identity, service).zones();
            zones.azs().forEach(az -> service.relateDerived("az", az));
            if (zones.unknown() != null) {
                service.unknownRelation("az", zones.unknown());
                service.setDerived("az_count", Value.unknown(zones.unknown()));
            } else if (zones.same() != null) {
                service.setDerived("az_count", Value.unknown(zones.same()));
            } else if (!zones.hasSubnets()) {
                service.setDerived("az_count", null);
            } else {
                service.setDerived("az_count", Value.of((long) zones.azs().size()));
            }
            if (model.schema().kind("ecs_service").flatMap(k -> k.attribute("uneven_tasks")).isPresent()) {
                service.setDerived("uneven_tasks", unevenTasks(service));
            }
        }
    }

    private static Value unevenTasks(EntityBuilder service) {
        Value azs = service.attribute("az_count").orElse(null);
        if (azs == null) {
            return null;
        }
        if (azs instanceof Value.Unknown u) {
            return u;
        }
        Value desired = service.attribute("desired_count").orElse(null);
        if (desired == null) {
            return Value.unknown(Reasons.missing(service, "desired_count"));
        }
        if (desired instanceof Value.Unknown u) {
            return Value.unknown(Reasons.unknown(service, "desired_count", u.reason()));
        }
        long n = ((Value.Int) azs).value();
        return n == 0 ? null : Value.of(Math.floorMod(((Value.Int) desired).value(), n));
    }
}
