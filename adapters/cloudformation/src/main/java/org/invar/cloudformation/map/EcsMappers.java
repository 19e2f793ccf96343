package org.invar.cloudformation.map;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.cloudformation.resolve.Val;
import org.invar.model.EntityBuilder;
import org.invar.model.Value;

/**
 * ECS clusters, services, capacity providers and a cluster's capacity provider associations.
 * A service's {@code DesiredCount} defaults to 1 (AWS's default for a replica service); a daemon
 * service's count is one task per container instance, unknown before deploy.
 */
final class EcsMappers {
    /** Capacity providers AWS manages, named by literal: in the model with their name, nothing unknown. */
    private static final Set<String> AWS_PROVIDERS = Set.of("FARGATE", "FARGATE_SPOT");

    private EcsMappers() {
    }

    static void register(Map<String, ResourceMapper> mappers) {
        mappers.put("AWS::ECS::Cluster", EcsMappers::cluster);
        mappers.put("AWS::ECS::Service", EcsMappers::service);
        mappers.put("AWS::ECS::CapacityProvider", EcsMappers::capacityProvider);
        mappers.put("AWS::ECS::ClusterCapacityProviderAssociations", EcsMappers::associations);
    }

    private static void cluster(MappingContext ctx, Placed r, EntityBuilder e) {
        Values.put(e, "name", Values.string(r.prop("ClusterName")),
                Value.unknown("CloudFormation generates the cluster name at deploy time"));
        providers(ctx, e, r.prop("CapacityProviders"));
        strategy(ctx, r, e, r.prop("DefaultCapacityProviderStrategy"), r.entityId() + "/capacity_provider_strategy/");
    }

    private static void service(MappingContext ctx, Placed r, EntityBuilder e) {
        Values.put(e, "name", Values.string(r.prop("ServiceName")),
                Value.unknown("CloudFormation generates the service name at deploy time"));
        Values.put(e, "launch_type", Values.string(r.prop("LaunchType")));
        Value scheduling = Values.string(r.prop("SchedulingStrategy"));
        Values.put(e, "scheduling_strategy", scheduling, Value.of("REPLICA"));
        boolean daemon = scheduling instanceof Value.Str s && s.value().equals("DAEMON");
        Value desired = Values.integer(r.prop("DesiredCount"));
        if (daemon) {
            e.unknown("desired_count", "a DAEMON service runs one task on each container instance");
        } else {
            Values.put(e, "desired_count", desired, Value.of(1L));
        }
        ctx.links.relate(e, "ecs_cluster", r.prop("Cluster"));
        Val awsvpc = Values.at(r.prop("NetworkConfiguration"), "AwsvpcConfiguration");
        String why = Values.unknownReason(awsvpc);
        if (why != null) {
            e.unknownRelation("subnet", why);
            e.unknownRelation("security_group", why);
            e.unknown("assign_public_ip", why);
        } else if (!Values.absent(awsvpc)) {
            ctx.links.relate(e, "subnet", Values.at(awsvpc, "Subnets"));
            ctx.links.relate(e, "security_group", Values.at(awsvpc, "SecurityGroups"));
            Value assign = Values.string(Values.at(awsvpc, "AssignPublicIp"));
            e.set("assign_public_ip", assign == null ? Value.of(false)
                    : assign instanceof Value.Str s ? Value.of(s.value().equals("ENABLED")) : assign);
        }
        Val balancers = r.prop("LoadBalancers");
        String balancersWhy = Values.unknownReason(balancers);
        if (balancersWhy != null) {
            e.unknownRelation("target_group", balancersWhy);
        }
        for (Val lb : Values.items(balancers)) {
            ctx.links.relate(e, "target_group", Values.at(lb, "TargetGroupArn"));
        }
        strategy(ctx, r, e, r.prop("CapacityProviderStrategy"), r.entityId() + "/capacity_provider_strategy/");
        List<Val> placements = Values.items(r.prop("PlacementStrategies"));
        for (int i = 0; i < placements.size(); i++) {
            EntityBuilder p = ctx.part(r, "placement_strategy", r.entityId() + "/placement_strategy/" + (i + 1));
            Values.put(p, "type", Values.string(Values.at(placements.get(i), "Type")));
            Values.put(p, "field", Values.string(Values.at(placements.get(i), "Field")));
            e.relate("placement_strategy", p.id());
        }
        List<Val> constraints = Values.items(r.prop("PlacementConstraints"));
        for (int i = 0; i < constraints.size(); i++) {
            EntityBuilder c = ctx.part(r, "placement_constraint", r.entityId() + "/placement_constraint/" + (i + 1));
            Values.put(c, "type", Values.string(Values.at(constraints.get(i), "Type")));
            Values.put(c, "expression", Values.string(Values.at(constraints.get(i), "Expression")));
            e.relate("placement_constraint", c.id());
        }
    }

    private static void capacityProvider(MappingContext ctx, Placed r, EntityBuilder e) {
        Values.put(e, "name", Values.string(r.prop("Name")),
                Value.unknown("CloudFormation generates the capacity provider name at deploy time"));
        Val provider = r.prop("AutoScalingGroupProvider");
        Val scaling = Values.at(provider, "ManagedScaling");
        if (Values.absent(scaling)) {
            e.set("managed_scaling", false);
        } else {
            Value status = Values.string(Values.at(scaling, "Status"));
            if (status instanceof Value.Str s) {
                e.set("managed_scaling", s.value().equals("ENABLED"));
            } else {
                Values.put(e, "managed_scaling", status);
            }
            Values.put(e, "target_capacity", Values.integer(Values.at(scaling, "TargetCapacity")));
        }
        Links.Targets groups = ctx.links.targets(Values.at(provider, "AutoScalingGroupArn"), "auto_scaling_group");
        e.relate("auto_scaling_group", groups.ids());
        if (groups.unknown() != null) {
            e.unknownRelation("auto_scaling_group", groups.unknown());
        }
        for (String group : groups.ids()) {
            ctx.builder.find("auto_scaling_group", group).orElseThrow().relate("capacity_provider", e.id());
        }
    }

    private static void associations(MappingContext ctx, Placed r, EntityBuilder none) {
        for (String id : ctx.links.targets(r.prop("Cluster"), "ecs_cluster").ids()) {
            EntityBuilder cluster = ctx.builder.find("ecs_cluster", id).orElseThrow();
            if (r.existenceUnknown().isPresent()) {
                String why = "its capacity provider associations may not exist: " + r.existenceUnknown().get();
                cluster.unknownRelation("capacity_provider", why);
                cluster.unknownRelation("capacity_provider_strategy", why);
                continue;
            }
            providers(ctx, cluster, r.prop("CapacityProviders"));
            strategy(ctx, r, cluster, r.prop("DefaultCapacityProviderStrategy"), r.entityId() + "/");
        }
    }

    private static void providers(MappingContext ctx, EntityBuilder owner, Val names) {
        Links.Targets t = providerTargets(ctx, names);
        owner.relate("capacity_provider", t.ids());
        if (t.unknown() != null) {
            owner.unknownRelation("capacity_provider", t.unknown());
        }
    }

    /** Capacity providers named by a value: resources of the template, AWS's own, or outside ones. */
    private static Links.Targets providerTargets(MappingContext ctx, Val names) {
        List<String> ids = new java.util.ArrayList<>();
        String unknown = null;
        for (Val name : names instanceof Val.ListV ? Values.items(names) : List.of(names)) {
            String literal = Values.text(name);
            if (literal != null && AWS_PROVIDERS.contains(literal)) {
                if (ctx.builder.find("capacity_provider", literal).isEmpty()) {
                    ctx.builder.entity("capacity_provider", literal).set("name", literal);
                }
                ids.add(literal);
                continue;
            }
            Links.Targets t = ctx.links.targets(name, "capacity_provider");
            ids.addAll(t.ids());
            unknown = unknown != null ? unknown : t.unknown();
        }
        return new Links.Targets(ids, unknown);
    }

    /** Items of a capacity provider strategy as {@code capacity_provider_strategy} entities of the owner. */
    private static void strategy(MappingContext ctx, Placed r, EntityBuilder owner, Val items, String idPrefix) {
        String why = Values.unknownReason(items);
        if (why != null) {
            owner.unknownRelation("capacity_provider_strategy", why);
            return;
        }
        List<Val> list = Values.items(items);
        for (int i = 0; i < list.size(); i++) {
            Val item = list.get(i);
            EntityBuilder s = ctx.part(r, "capacity_provider_strategy", idPrefix + (i + 1));
            Values.put(s, "weight", Values.integer(Values.at(item, "Weight")), Value.of(0L));
            Values.put(s, "base", Values.integer(Values.at(item, "Base")), Value.of(0L));
            Links.Targets provider = providerTargets(ctx, Values.at(item, "CapacityProvider"));
            s.relate("capacity_provider", provider.ids());
            if (provider.unknown() != null) {
                s.unknownRelation("capacity_provider", provider.unknown());
            }
            owner.relate("capacity_provider_strategy", s.id());
        }
    }
}
