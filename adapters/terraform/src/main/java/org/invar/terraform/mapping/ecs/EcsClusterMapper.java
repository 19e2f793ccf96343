package org.invar.terraform.mapping.ecs;

import java.util.List;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/**
 * {@code aws_ecs_cluster} (and {@code data.aws_ecs_cluster}) to {@code ecs_cluster}: name, and
 * the capacity providers and default strategy that older providers set on the cluster itself
 * ({@code capacity_providers}, {@code default_capacity_provider_strategy}).
 */
public final class EcsClusterMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_ecs_cluster");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("name", "cluster_name", "capacity_providers", "default_capacity_provider_strategy");
    }

    @Override
    public Set<String> lookupKeys() {
        return Set.of("name", "cluster_name");
    }

    @Override
    public Set<String> partKinds() {
        return Set.of("capacity_provider_strategy");
    }

    @Override
    public String family() {
        return "ecs_cluster";
    }

    @Override
    public boolean readsDataSources() {
        return true;
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        EntityBuilder cluster = ctx.entity(r);
        // aws_ecs_cluster has name; data.aws_ecs_cluster has cluster_name
        boolean named = !r.value("name").isNull() || r.unknown("name");
        ctx.copy(r, cluster).string("name", named ? "name" : "cluster_name");
        if (!r.strings("capacity_providers").isEmpty()) {
            ctx.link(cluster, "capacity_provider", r, "capacity_providers");
        }
        Strategies.map(ctx, r, cluster, "default_capacity_provider_strategy");
    }
}
