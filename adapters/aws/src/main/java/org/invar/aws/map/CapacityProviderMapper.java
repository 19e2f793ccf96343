package org.invar.aws.map;

import java.util.List;
import org.invar.aws.scan.EcsSnapshot;
import org.invar.aws.scan.Fetched;
import org.invar.aws.scan.ScanScope;
import org.invar.model.EntityBuilder;
import software.amazon.awssdk.services.ecs.model.AutoScalingGroupProvider;
import software.amazon.awssdk.services.ecs.model.CapacityProvider;
import software.amazon.awssdk.services.ecs.model.CapacityProviderStrategyItem;
import software.amazon.awssdk.services.ecs.model.ManagedScalingStatus;

/**
 * ECS capacity providers, and the strategy items that name them. Clusters and strategies name
 * providers by name; the entity id is the provider's ARN ({@code FARGATE} and
 * {@code FARGATE_SPOT} included, with the ARN ECS would give them).
 */
final class CapacityProviderMapper {
    private CapacityProviderMapper() {
    }

    static void map(MappingContext ctx, ScanScope scope, Fetched<List<CapacityProvider>> providers) {
        ctx.listing(scope, "capacity_provider", providers);
        for (CapacityProvider p : providers.orElse(List.of())) {
            EntityBuilder e = ctx.entity(scope, "capacity_provider", id(scope, p.name()));
            e.set("name", p.name());
            AutoScalingGroupProvider group = p.autoScalingGroupProvider();
            if (group != null) {
                if (group.managedScaling() != null) {
                    e.set("managed_scaling", group.managedScaling().status() == ManagedScalingStatus.ENABLED);
                    Put.num(e, "target_capacity", group.managedScaling().targetCapacity());
                }
                if (group.autoScalingGroupArn() != null) {
                    e.relate("auto_scaling_group", group.autoScalingGroupArn());
                    ctx.capacityProvider(group.autoScalingGroupArn(), e.id());
                }
            }
        }
    }

    /** The provider of that name in the scope, declared with its name when it was not described. */
    static String provider(MappingContext ctx, ScanScope scope, String name) {
        String id = id(scope, name);
        if (ctx.model.find("capacity_provider", id).isEmpty()) {
            ctx.stub(scope, "capacity_provider", id).set("name", name);
        }
        return id;
    }

    /** A strategy item, as {@code <owner>/capacity-provider-strategy/<provider name>}. */
    static String strategy(MappingContext ctx, ScanScope scope, EntityBuilder owner, CapacityProviderStrategyItem item) {
        EntityBuilder e = ctx.entity(scope, "capacity_provider_strategy",
                owner.id() + "/capacity-provider-strategy/" + item.capacityProvider());
        e.origin(owner.origin());
        Put.num(e, "weight", item.weight());
        Put.num(e, "base", item.base());
        e.relate("capacity_provider", provider(ctx, scope, item.capacityProvider()));
        return e.id();
    }

    static String id(ScanScope scope, String name) {
        return scope.arn("ecs", "capacity-provider/" + name);
    }
}
