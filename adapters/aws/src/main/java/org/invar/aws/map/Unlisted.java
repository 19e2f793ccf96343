package org.invar.aws.map;

import java.util.List;
import java.util.Map;
import org.invar.aws.scan.ScanScope;
import org.invar.model.EntityBuilder;
import org.invar.model.Origin;

/**
 * What a failed listing may have left out. A listing is a call whose answer alone says which
 * entities of a kind exist in its scope (DescribeLoadBalancers for the load balancers of a
 * region, DescribeListeners for the listeners of one load balancer). When it fails, entities of
 * that kind may exist there and none is known, so a rule over the kind would have nothing in
 * scope and report a silent skip. Instead one placeholder stands for them: its existence is
 * unknown and every field is unknown, all with the call's reason, so every rule whose scope is
 * that kind is unknown there.
 *
 * <p>Ids say what the placeholder stands for: {@code unlisted load balancers of
 * 123456789012/eu-west-1} (a region's listing), {@code unlisted listeners of <load balancer
 * ARN>} (a listing per entity), {@code unlisted buckets of 123456789012} (S3 lists per account).
 * What a listing would also have enumerated (the listeners of the load balancers it did not
 * list, the rules of the security groups) has placeholders of its own, owned by the placeholder:
 * {@code unlisted listeners of unlisted load balancers of 123456789012/eu-west-1}.
 *
 * <p>What is known is said: a part's relation to its owner ({@code listener.load_balancer}) names
 * the owner, an unlisted zone's region is its region. Everything else is unknown, so derived
 * facts that depend on a placeholder are unknown rather than absent, and it never counts as a
 * running task or a healthy target: its status and health are unknown.
 */
final class Unlisted {
    /** How ids name the entities of each kind, in the plural. */
    private static final Map<String, String> PLURALS = Map.ofEntries(
            Map.entry("az", "availability zones"), Map.entry("vpc", "VPCs"), Map.entry("subnet", "subnets"),
            Map.entry("route_table", "route tables"), Map.entry("route", "routes"),
            Map.entry("internet_gateway", "internet gateways"), Map.entry("nat_gateway", "NAT gateways"),
            Map.entry("security_group", "security groups"), Map.entry("ingress", "ingress rules"),
            Map.entry("egress", "egress rules"), Map.entry("instance", "EC2 instances"),
            Map.entry("load_balancer", "load balancers"), Map.entry("listener", "listeners"),
            Map.entry("target_group", "target groups"), Map.entry("target", "targets"),
            Map.entry("ecs_cluster", "ECS clusters"), Map.entry("ecs_service", "ECS services"),
            Map.entry("ecs_task", "ECS tasks"), Map.entry("capacity_provider", "capacity providers"),
            Map.entry("capacity_provider_strategy", "capacity provider strategy items"),
            Map.entry("placement_strategy", "placement strategies"),
            Map.entry("placement_constraint", "placement constraints"),
            Map.entry("auto_scaling_group", "Auto Scaling groups"), Map.entry("db_instance", "DB instances"),
            Map.entry("bucket", "buckets"));

    /**
     * The kinds read per entity of a kind, in its own answer or by calls made for each one: an
     * entity that was not listed has none of them listed either.
     */
    static final Map<String, List<String>> PARTS = Map.of(
            "route_table", List.of("route"),
            "security_group", List.of("ingress", "egress"),
            "load_balancer", List.of("listener"),
            "target_group", List.of("target"),
            "ecs_cluster", List.of("ecs_service", "ecs_task", "capacity_provider_strategy"),
            "ecs_service", List.of("capacity_provider_strategy", "placement_strategy", "placement_constraint"));

    /** The relation from a part to its owner, where the schema has one. */
    private static final Map<String, String> OWNERS = Map.of(
            "route", "route_table", "ingress", "security_group", "egress", "security_group",
            "listener", "load_balancer", "target", "target_group", "ecs_service", "ecs_cluster");

    /**
     * Relations of a placeholder that are known to be empty because the other side lists them on
     * its own: a cluster names its container instances (ecs:ListContainerInstances) and a group
     * its instances (DescribeAutoScalingGroups), and every instance they name is an entity of its
     * own. The instances DescribeInstances left out are in none of them; a cluster or group whose
     * own listing failed says so itself. Left unknown, these relations would make every cluster's
     * and group's instances incomplete, in every region and account of the scan.
     */
    private static final Map<String, List<String>> LISTED_BY_THE_OTHER_SIDE = Map.of(
            "instance", List.of("ecs_cluster", "auto_scaling_group"));

    private Unlisted() {
    }

    /** The placeholder for a kind a listing of a whole scope (a region, or an account for S3) left out. */
    static EntityBuilder inScope(MappingContext ctx, ScanScope scope, String kind, String reason) {
        String of = kind.equals("bucket") ? scope.account() : scope.account() + "/" + scope.region();
        return declare(ctx, scope, kind, of, Origin.resource(of), reason, null);
    }

    /** The placeholder for a kind a listing per entity ({@code owner}'s listeners, tasks...) left out. */
    static EntityBuilder of(MappingContext ctx, ScanScope scope, String kind, EntityBuilder owner, String reason) {
        return declare(ctx, scope, kind, owner.id(), owner.origin(), reason, owner);
    }

    /** The placeholders of every part of an entity whose parts were not read (its Describe call failed). */
    static void parts(MappingContext ctx, ScanScope scope, EntityBuilder owner, String reason) {
        PARTS.getOrDefault(owner.kind(), List.of()).forEach(part -> of(ctx, scope, part, owner, reason));
    }

    static String id(String kind, String of) {
        String plural = PLURALS.get(kind);
        if (plural == null) {
            throw new IllegalArgumentException("no placeholder for kind " + kind);
        }
        return "unlisted " + plural + " of " + of;
    }

    private static EntityBuilder declare(MappingContext ctx, ScanScope scope, String kind, String of, Origin origin,
                                         String reason, EntityBuilder owner) {
        return ctx.unlisted(scope, id(kind, of), kind, origin, reason, e -> {
            String relation = OWNERS.get(kind);
            if (owner != null && owner.kind().equals(relation)) {
                e.relate(relation, owner.id());
            }
            if (kind.equals("az") || kind.equals("load_balancer")) {
                // The zones and load balancers a region's listing left out are that region's: a
                // load balancer's hidden nodes are in its own region's zones, not another's.
                e.relate("region", ctx.zones.region(scope));
            }
        }, e -> {
            LISTED_BY_THE_OTHER_SIDE.getOrDefault(kind, List.of()).forEach(e::knownRelation);
            parts(ctx, scope, e, reason);
        });
    }
}
