package org.invar.aws.map;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.invar.aws.scan.Fetched;
import org.invar.aws.scan.ScanScope;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;
import org.invar.model.Origin;

/**
 * What the mappers share: the model builder, the scope each entity was read in, which listings
 * failed where (so entities referred to but not read get unknown fields with that reason), and
 * the indexes that join services (zones by name, instances, subnets, tasks by IP).
 */
final class MappingContext {
    final ModelBuilder model;
    final ZoneIndex zones;
    final NetworkIndex network = new NetworkIndex();
    private final Map<String, ScanScope> scopes = new HashMap<>();
    private final Map<String, String> failedListings = new HashMap<>();
    private final Map<String, String> anyFailedListing = new HashMap<>();
    private final Map<String, String> subnetZoneHints = new HashMap<>();
    private final Map<String, Set<String>> capacityProvidersByGroup = new HashMap<>();

    MappingContext(ModelBuilder model) {
        this.model = model;
        this.zones = new ZoneIndex(this);
    }

    /** Declares an entity read in a scope, with its ARN as origin. */
    EntityBuilder entity(ScanScope scope, String kind, String id) {
        return entity(scope, kind, id, Origin.resource(Arns.of(scope, kind, id)));
    }

    private EntityBuilder entity(ScanScope scope, String kind, String id, Origin origin) {
        EntityBuilder e = model.entity(kind, id);
        scopes.putIfAbsent(key(kind, id), scope);
        if (e.origin() == Origin.NONE) {
            e.origin(origin);
        }
        return e;
    }

    Optional<ScanScope> scopeOf(EntityBuilder e) {
        return Optional.ofNullable(scopes.get(key(e.kind(), e.id())));
    }

    /**
     * Records that the listing of a kind in a whole scope failed, when it did, and declares the
     * placeholder for what it may have left out ({@link Unlisted}).
     */
    void listing(ScanScope scope, String kind, Fetched<?> fetched) {
        if (!fetched.isOk()) {
            listingFailed(scope, kind, fetched.reason());
            Unlisted.inScope(this, scope, kind, fetched.reason());
        }
    }

    void listingFailed(ScanScope scope, String kind, String reason) {
        failedListings.putIfAbsent(scope.account() + " " + scope.region() + " " + kind, reason);
        anyFailedListing.putIfAbsent(kind, reason);
    }

    /**
     * Why entities of a kind may be missing from what was read in a scope; else why they may be
     * missing anywhere (an ARN in one region can name a resource of another).
     */
    Optional<String> failedListing(ScanScope scope, String kind) {
        String here = failedListings.get(scope.account() + " " + scope.region() + " " + kind);
        return Optional.ofNullable(here != null ? here : anyFailedListing.get(kind));
    }

    /** A load balancer says which zone each of its subnets is in; kept for subnets not read. */
    void subnetZoneHint(String subnet, String zoneId) {
        subnetZoneHints.putIfAbsent(subnet, zoneId);
    }

    Optional<String> subnetZoneHint(String subnet) {
        return Optional.ofNullable(subnetZoneHints.get(subnet));
    }

    /** A capacity provider manages an Auto Scaling group; the group's side is filled when it is mapped. */
    void capacityProvider(String group, String provider) {
        capacityProvidersByGroup.computeIfAbsent(group, k -> new LinkedHashSet<>()).add(provider);
    }

    Set<String> capacityProviders(String group) {
        return capacityProvidersByGroup.getOrDefault(group, Set.of());
    }

    /**
     * An entity referred to but not read: declared with its id (and name, from its ARN), and
     * when its kind's listing failed, every other field unknown with that reason.
     */
    EntityBuilder stub(ScanScope scope, String kind, String id) {
        Optional<EntityBuilder> existing = model.find(kind, id);
        if (existing.isPresent()) {
            return existing.get();
        }
        EntityBuilder e = entity(scope, kind, id).standIn();
        if (e.kindDef().attribute("id").isPresent()) {
            e.set("id", id.startsWith("arn:") ? Arns.name(id) : id);
        }
        if (e.kindDef().attribute("name").isPresent() && id.startsWith("arn:")) {
            e.set("name", Arns.name(id));
        }
        if (kind.equals("load_balancer") && id.startsWith("arn:")) {
            e.set("type", Arns.loadBalancerType(id));
        }
        if (kind.equals("load_balancer")) {
            // A target group names load balancers of its own region only.
            e.relate("region", zones.region(scope));
        }
        if (kind.equals("subnet")) {
            subnetZoneHint(id).ifPresent(az -> e.relate("az", az));
        }
        failedListing(scope, kind).ifPresent(reason -> Unknowns.fill(e, reason));
        return e;
    }

    /**
     * A placeholder: entities that may exist and were not listed, declared once under its id
     * with its existence and every field unknown for the reason, but what {@code known} sets;
     * then {@code parts} declares the placeholders of what would have been listed per entity.
     */
    EntityBuilder unlisted(ScanScope scope, String id, String kind, Origin origin, String reason,
                           Consumer<EntityBuilder> known, Consumer<EntityBuilder> parts) {
        Optional<EntityBuilder> existing = model.find(kind, id);
        if (existing.isPresent()) {
            return existing.get();
        }
        EntityBuilder e = entity(scope, kind, id, origin);
        e.existenceUnknown(reason);
        known.accept(e);
        Unknowns.fill(e, reason);
        parts.accept(e);
        return e;
    }

    private static String key(String kind, String id) {
        return kind + " " + id;
    }
}
