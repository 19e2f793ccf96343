package org.invar.terraform.mapping.network;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/** {@code aws_route} to {@code route}: destination, target and its route table. */
public final class RouteMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_route");
    }

    @Override
    public Set<String> attributes() {
        Set<String> all = new HashSet<>(RouteTargets.ROUTE_FIELDS);
        all.add("route_table_id");
        return all;
    }

    @Override
    public String family() {
        return "route";
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        EntityBuilder route = ctx.entity(r);
        RouteTargets.apply(ctx, r, route, RouteTargets.ROUTE_FIELDS);
        ctx.link(route, "route_table", r, "route_table_id");
    }
}
