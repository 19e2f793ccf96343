package org.invar.terraform.mapping.ecs;

import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;

/**
 * Capacity provider strategy items ({@code capacity_provider_strategy} of a service,
 * {@code default_capacity_provider_strategy} of a cluster) to {@code capacity_provider_strategy}
 * entities, id {@code <owner>:<block>[<i>]}, each related to its capacity provider by name
 * ({@code FARGATE} and {@code FARGATE_SPOT} become capacity providers of that name).
 */
final class Strategies {
    private Strategies() {
    }

    static void map(MappingContext ctx, Resource r, EntityBuilder owner, String block) {
        for (int i = 0; i < r.count(block); i++) {
            String id = r.address() + ":" + block + "[" + i + "]";
            EntityBuilder item = ctx.child("capacity_provider_strategy", id, r);
            ctx.copy(r, item).integer("weight", block, i, "weight").integer("base", block, i, "base");
            ctx.link(item, "capacity_provider", r, block, i, "capacity_provider");
            owner.relate("capacity_provider_strategy", id);
        }
    }
}
