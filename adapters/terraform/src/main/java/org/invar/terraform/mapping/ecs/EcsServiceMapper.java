package org.invar.terraform.mapping.ecs;

import java.util.List;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/**
 * {@code aws_ecs_service} to {@code ecs_service}: name, launch type, desired count, scheduling
 * strategy, whether tasks get a public IP; its cluster, its tasks' subnets and security groups
 * ({@code network_configuration}), the target groups it registers in ({@code load_balancer}), its
 * capacity provider strategy, placement strategies ({@code ordered_placement_strategy}, ids
 * {@code <service>:ordered_placement_strategy[<i>]}) and placement constraints.
 *
 * <p>A service that configures no launch type has none (not an unknown one), though the provider
 * computes it after apply: ECS places it by its capacity provider strategy, else by its cluster's
 * default strategy, else on EC2, and the engine follows the same order.
 * A {@code DAEMON} service runs one task per container instance, whatever its
 * {@code desired_count}: its desired count is unknown, with that reason.
 */
public final class EcsServiceMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_ecs_service");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("name", "launch_type", "desired_count", "scheduling_strategy", "cluster", "network_configuration",
                "load_balancer", "capacity_provider_strategy", "ordered_placement_strategy", "placement_constraints");
    }

    @Override
    public Set<String> partKinds() {
        return Set.of("capacity_provider_strategy", "placement_strategy", "placement_constraint");
    }

    @Override
    public String family() {
        return "ecs_service";
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        EntityBuilder service = ctx.entity(r);
        ctx.copy(r, service).string("name", "name").string("scheduling_strategy", "scheduling_strategy")
                .bool("assign_public_ip", "network_configuration", 0, "assign_public_ip");
        if (!(r.unknown("launch_type") && !ctx.configured(r, "launch_type"))) {
            ctx.copy(r, service).string("launch_type", "launch_type");
        }
        if (r.value("scheduling_strategy").string().filter("DAEMON"::equals).isPresent()) {
            service.unknown("desired_count", r.address() + " is a DAEMON service: it runs one task per container"
                    + " instance, whatever its desired_count");
        } else {
            ctx.copy(r, service).integer("desired_count", "desired_count");
        }
        ctx.linkIfSet(service, "ecs_cluster", r, "cluster");
        if (r.count("network_configuration") > 0 || r.unknown("network_configuration")) {
            ctx.link(service, "subnet", r, "network_configuration", 0, "subnets");
            ctx.linkIfSet(service, "security_group", r, "network_configuration", 0, "security_groups");
        }
        for (int i = 0; i < r.count("load_balancer"); i++) {
            if (!r.strings("load_balancer", i, "target_group_arn").isEmpty()
                    || r.unknown("load_balancer", i, "target_group_arn")) {
                ctx.link(service, "target_group", r, "load_balancer", i, "target_group_arn");
            }
        }
        Strategies.map(ctx, r, service, "capacity_provider_strategy");
        for (int i = 0; i < r.count("ordered_placement_strategy"); i++) {
            String id = r.address() + ":ordered_placement_strategy[" + i + "]";
            ctx.copy(r, ctx.child("placement_strategy", id, r))
                    .string("type", "ordered_placement_strategy", i, "type")
                    .string("field", "ordered_placement_strategy", i, "field");
            service.relate("placement_strategy", id);
        }
        for (int i = 0; i < r.count("placement_constraints"); i++) {
            String id = r.address() + ":placement_constraints[" + i + "]";
            ctx.copy(r, ctx.child("placement_constraint", id, r))
                    .string("type", "placement_constraints", i, "type")
                    .string("expression", "placement_constraints", i, "expression");
            service.relate("placement_constraint", id);
        }
    }
}
