package org.invar.terraform.mapping.compute;

import java.util.List;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.Found;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;
import org.invar.terraform.read.ResourceRecord;

/**
 * {@code aws_autoscaling_group} to {@code auto_scaling_group}: name, sizes, capacity rebalance,
 * instance type (from its launch template or launch configuration), subnets
 * ({@code vpc_zone_identifier}), AZs ({@code availability_zones}), and the target groups it
 * registers instances in ({@code target_group_arns}, related from the target group's side:
 * {@code target_group.auto_scaling_group}).
 */
public final class AutoScalingGroupMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_autoscaling_group");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("name", "min_size", "max_size", "desired_capacity", "capacity_rebalance", "vpc_zone_identifier",
                "availability_zones", "target_group_arns", "launch_template", "launch_configuration");
    }

    @Override
    public Set<String> lookupKeys() {
        return Set.of("name");
    }

    @Override
    public String family() {
        return "auto_scaling_group";
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        EntityBuilder group = ctx.entity(r);
        ctx.copy(r, group).string("name", "name").integer("min_size", "min_size").integer("max_size", "max_size")
                .boolOr("capacity_rebalance", false, "capacity_rebalance");
        if (!r.unknown("desired_capacity") || ctx.configured(r, "desired_capacity")) {
            // Not configured: Auto Scaling starts at min_size, which the engine then uses.
            ctx.copy(r, group).integer("desired_capacity", "desired_capacity");
        }
        ctx.linkIfSet(group, "subnet", r, "vpc_zone_identifier");
        if (!r.unknown("availability_zones")) {
            r.strings("availability_zones").forEach(z -> group.relate("az", ctx.az(z)));
        } else if (ctx.configured(r, "availability_zones")) {
            group.unknownRelation("az", "availability_zones of " + r.address() + " is " + r.whyUnknown("availability_zones"));
        }
        if (ctx.configured(r, "target_group_arns") || !r.strings("target_group_arns").isEmpty()) {
            Found groups = ctx.find(r, "target_group", "target_group_arns");
            for (String tg : ctx.entityIds(groups, "target_group", r)) {
                ctx.builder().entity("target_group", tg).relate("auto_scaling_group", r.address());
            }
        }
        instanceType(r, ctx, group);
    }

    private static void instanceType(Resource r, MappingContext ctx, EntityBuilder group) {
        Found template = r.count("launch_template") > 0
                ? ctx.find(r, "launch_template", "launch_template", 0, r.strings("launch_template", 0, "id").isEmpty()
                        && !r.unknown("launch_template", 0, "id") ? "name" : "id")
                : ctx.find(r, "launch_template", "launch_configuration");
        if (template.records().size() != 1) {
            return;
        }
        ResourceRecord lt = template.records().get(0);
        ctx.copy(new Resource(lt), group).string("instance_type", "instance_type");
    }
}
