package org.invar.terraform.mapping.network;

import java.util.List;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.Found;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/**
 * {@code aws_route_table_association}: relates its subnet to its route table. It makes no
 * entity. When a plan cannot tell which one subnet or table it associates (references to several),
 * the candidate subnets' route table is unknown rather than guessed. Gateway (edge) associations
 * are not modelled.
 */
public final class RouteTableAssociationMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_route_table_association");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("subnet_id", "route_table_id");
    }

    @Override
    public String family() {
        return "route_table_association";
    }

    @Override
    public boolean makesEntity() {
        return false;
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        Found subnetsFound = ctx.find(r, "subnet", "subnet_id");
        List<String> subnets = ctx.entityIds(subnetsFound, "subnet", r);
        if (subnets.isEmpty()) {
            return;
        }
        Found tablesFound = ctx.find(r, "route_table", "route_table_id");
        List<String> tables = ctx.entityIds(tablesFound, "route_table", r);
        for (String id : subnets) {
            EntityBuilder subnet = ctx.builder().entity("subnet", id);
            if (subnets.size() > 1) {
                subnet.unknownRelation("route_table", r.address() + " associates one of " + String.join(", ", subnets)
                        + " with a route table, and a plan does not say which");
            } else if (tables.size() == 1) {
                subnet.relate("route_table", tables.get(0));
            } else if (tables.size() > 1) {
                subnet.unknownRelation("route_table", r.address() + " names several route tables: "
                        + String.join(", ", tables));
            } else if (tablesFound.unknown() != null) {
                subnet.unknownRelation("route_table", tablesFound.unknown());
            }
        }
    }
}
