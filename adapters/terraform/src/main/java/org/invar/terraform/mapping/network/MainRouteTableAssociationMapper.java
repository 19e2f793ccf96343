package org.invar.terraform.mapping.network;

import java.util.List;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/**
 * {@code aws_main_route_table_association}: makes its route table the main table of its VPC
 * ({@code route_table.main = true}, related to the VPC). Runs after the route tables.
 */
public final class MainRouteTableAssociationMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_main_route_table_association");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("vpc_id", "route_table_id");
    }

    @Override
    public String family() {
        return "main_route_table_association";
    }

    @Override
    public boolean makesEntity() {
        return false;
    }

    @Override
    public int phase() {
        return 1;
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        for (String id : ctx.ids(r, "route_table", "route_table_id")) {
            EntityBuilder table = ctx.builder().entity("route_table", id).set("main", true);
            if (table.related("vpc").isEmpty()) {
                ctx.link(table, "vpc", r, "vpc_id");
            }
        }
    }
}
