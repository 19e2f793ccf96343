package org.invar.terraform.mapping.ecs;

import java.util.List;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/**
 * {@code aws_ecs_cluster_capacity_providers}: adds its capacity providers and default strategy
 * to the cluster it names ({@code cluster_name}). It makes no entity of its own.
 */
public final class ClusterCapacityProvidersMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_ecs_cluster_capacity_providers");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("cluster_name", "capacity_providers", "default_capacity_provider_strategy");
    }

    @Override
    public Set<String> partKinds() {
        return Set.of("capacity_provider_strategy");
    }

    @Override
    public String family() {
        return "ecs_cluster_capacity_providers";
    }

    @Override
    public boolean makesEntity() {
        return false;
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        for (String id : ctx.ids(r, "ecs_cluster", "cluster_name")) {
            EntityBuilder cluster = ctx.builder().entity("ecs_cluster", id);
            ctx.link(cluster, "capacity_provider", r, "capacity_providers");
            Strategies.map(ctx, r, cluster, "default_capacity_provider_strategy");
        }
    }
}
