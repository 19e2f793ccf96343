package org.invar.terraform.mapping.ecs;

import java.util.List;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/**
 * {@code aws_ecs_capacity_provider} to {@code capacity_provider}: name, its Auto Scaling group
 * (related both ways: {@code auto_scaling_group.capacity_provider} too), whether managed scaling
 * is on ({@code status = "ENABLED"}) and its target capacity.
 */
public final class CapacityProviderMapper implements ResourceMapper {
    private static final Object[] PROVIDER = {"auto_scaling_group_provider", 0};

    @Override
    public List<String> types() {
        return List.of("aws_ecs_capacity_provider");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("name", "auto_scaling_group_provider");
    }

    @Override
    public Set<String> lookupKeys() {
        return Set.of("name");
    }

    @Override
    public String family() {
        return "capacity_provider";
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        EntityBuilder provider = ctx.entity(r);
        ctx.copy(r, provider).string("name", "name")
                .integer("target_capacity", "auto_scaling_group_provider", 0, "managed_scaling", 0, "target_capacity");
        Object[] status = {"auto_scaling_group_provider", 0, "managed_scaling", 0, "status"};
        if (r.unknown(status)) {
            ctx.copy(r, provider).string("managed_scaling", status);
        } else {
            provider.set("managed_scaling", r.value(status).string().map(s -> s.equals("ENABLED")).orElse(false));
        }
        ctx.link(provider, "auto_scaling_group", r, "auto_scaling_group_provider", 0, "auto_scaling_group_arn");
        for (String group : provider.related("auto_scaling_group")) {
            ctx.builder().entity("auto_scaling_group", group).relate("capacity_provider", r.address());
        }
    }
}
