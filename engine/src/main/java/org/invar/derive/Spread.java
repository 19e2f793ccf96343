package org.invar.derive;

import java.util.List;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;
import org.invar.model.Value;

/**
 * Where a static model may count on the tasks of an ECS service or the instances of an Auto
 * Scaling group: the guaranteed minimum in each of their AZs.
 *
 * <p>ECS spreads a service's tasks over the AZs of its subnets, and Auto Scaling spreads a
 * group's instances over its AZs, as evenly as they can; but which AZ gets the remainder is the
 * scheduler's choice, and a static model must hold in every placement it may choose. With
 * {@code desired} spread over {@code k} AZs, every AZ gets at least {@code floor(desired / k)}:
 * that is the guaranteed minimum, the same in each AZ. One task over two AZs guarantees none in
 * either.
 *
 * <p>The count is the bottom of the scaling range, since scaling policies may take the count down
 * to it: a service's {@code min_capacity} (the MinCapacity of a scalable target that scales it)
 * when it has one, else its {@code desired_count}; a group's {@code min_size}, else its
 * {@code desired_capacity}. The AZs are a service's ({@link ServiceZones}: its subnets', bounded
 * by or, without subnets, those of its capacity providers' groups), and a group's subnets', else
 * its {@code az}.
 *
 * <p>A service whose capacity providers' groups are in different zones shares its tasks between
 * them by weight and base, so what each zone is guaranteed depends on the split: unknown in its
 * zones, with that reason. A service whose zones are known to be none (awsvpc subnets in none of
 * its providers' zones) places nothing, anywhere.
 *
 * <p>When the number of AZs is not known exactly (a subnet list that may be longer, two zones
 * that may be one: see {@link SymbolicZones}) but there are at least {@code k} different ones and
 * {@code floor(count / k)} is 0, the guaranteed minimum is 0 whatever their number: one task over
 * an application load balancer's subnets guarantees none in any zone.
 *
 * <p>When the count is unknown, missing, negative or above {@link #MAX_COUNT}, the spread is unknown in the owner's AZs
 * (everywhere when those are not known either); when the count is known but the AZs are not
 * (a subnet whose AZ is unknown, a service without subnets), it is unknown everywhere. A count
 * of 0 is known to place nothing, wherever.
 *
 * @param owner the service or group
 * @param azs the AZs the owner places in (when known)
 * @param perAz the guaranteed minimum in each of them
 * @param unknown why the placement is not known, or null
 * @param anywhere whether an unknown placement may concern any AZ rather than only {@code azs}
 */
record Spread(EntityBuilder owner, List<String> azs, long perAz, String unknown, boolean anywhere) {

    /**
     * Whether an ECS service is live, so its tasks and targets are facts the adapter gave, not
     * predictions: it has a {@code running_count} (known or not) or tasks.
     */
    static boolean liveService(EntityBuilder service) {
        return service.attribute("running_count").isPresent() || !service.related("ecs_task").isEmpty();
    }

    /** Whether an Auto Scaling group is live: it has instances. */
    static boolean liveGroup(EntityBuilder group) {
        return !group.related("instance").isEmpty();
    }

    static Spread ofService(ModelBuilder model, ZoneIdentity identity, EntityBuilder service) {
        Count minimum = service.attribute("min_capacity").isPresent() ? count(service, "min_capacity")
                : count(service, "desired_count");
        ServiceZones zones = ServiceZones.of(model, identity, service);
        return of(service, minimum, zones.zones(), zones.split(), Reasons.name(service)
                + " has no subnets in the model, so the AZs of its tasks are not known");
    }

    static Spread ofGroup(ModelBuilder model, ZoneIdentity identity, EntityBuilder group) {
        Count minimum;
        if (group.attribute("min_size").isPresent()) {
            minimum = count(group, "min_size");
        } else if (group.attribute("desired_capacity").isPresent()) {
            minimum = count(group, "desired_capacity");
        } else {
            minimum = new Count(0, Reasons.name(group) + " has no min_size or desired_capacity in the model");
        }
        return of(group, minimum, Zones.direct(model, identity, group, "az", "subnet"), null,
                Reasons.name(group) + " has no az or subnet in the model, so the AZs of its instances are not known");
    }

    private static Spread of(EntityBuilder owner, Count minimum, Zones zones, String split, String noZones) {
        List<String> azs = List.copyOf(zones.azs());
        if (minimum.unknown == null && minimum.value == 0) {
            return new Spread(owner, azs, 0, null, false);
        }
        String where = zones.unknown() != null ? zones.unknown() : azs.isEmpty() && !zones.hasSubnets() ? noZones : null;
        if (minimum.unknown != null) {
            return new Spread(owner, azs, 0, minimum.unknown, where != null);
        }
        if (where == null && azs.isEmpty()) {
            return new Spread(owner, azs, 0, null, false); // known to place nowhere
        }
        if (where == null && split != null) {
            return new Spread(owner, azs, 0, split, false);
        }
        if (where == null && zones.same() == null) {
            return new Spread(owner, azs, minimum.value / azs.size(), null, false);
        }
        // How many zones there are is not known, but at least atLeast() different ones: when
        // even that few leaves none guaranteed, more zones leave none either. (Not when the tasks
        // are split between providers: a provider alone in a zone may guarantee it some.)
        int atLeast = zones.atLeast();
        if (split == null && atLeast > 0 && minimum.value / atLeast == 0) {
            return new Spread(owner, azs, 0, null, false);
        }
        return where != null ? new Spread(owner, azs, 0, where, true)
                : new Spread(owner, azs, 0, zones.same(), false);
    }

    /** Whether the placement is unknown in this AZ. */
    boolean unknownIn(String az) {
        return unknown != null && (anywhere || azs.contains(az));
    }

    /**
     * Predicted targets are entities, one per guaranteed task or instance; AWS runs at most 5,000
     * tasks in a service and a few thousand instances in a group, so a larger count is a mistake,
     * and is taken as unknown rather than allowed to fill memory.
     */
    static final long MAX_COUNT = 10_000;

    private record Count(long value, String unknown) {
    }

    private static Count count(EntityBuilder owner, String attribute) {
        Value v = owner.attribute(attribute).orElse(null);
        if (v == null) {
            return new Count(0, Reasons.missing(owner, attribute));
        }
        if (v instanceof Value.Unknown u) {
            return new Count(0, Reasons.unknown(owner, attribute, u.reason()));
        }
        long n = ((Value.Int) v).value();
        if (n < 0) {
            return new Count(0, Reasons.name(owner) + ": " + attribute + " is " + n + ", not a count");
        }
        if (n > MAX_COUNT) {
            return new Count(0, Reasons.name(owner) + ": " + attribute + " is " + n + ", more than AWS runs in one"
                    + " service or group (" + MAX_COUNT + ")");
        }
        return new Count(n, null);
    }
}
