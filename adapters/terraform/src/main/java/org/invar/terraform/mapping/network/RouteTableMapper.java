package org.invar.terraform.mapping.network;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.AttributeCopy;
import org.invar.terraform.mapping.Found;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;
import org.invar.terraform.read.ResourceRecord;

/**
 * {@code aws_route_table} and {@code aws_default_route_table} to {@code route_table}, each inline
 * {@code route} block to a {@code route} (id {@code <table>:route[<destination>]}).
 *
 * <p>{@code main}: an {@code aws_default_route_table} manages its VPC's main table, so it is main.
 * An {@code aws_route_table} is main when its id is its VPC's {@code main_route_table_id} (in a
 * state, or a plan that keeps it), and otherwise not: a table Terraform creates becomes main only
 * through an {@code aws_main_route_table_association}, which says so.
 */
public final class RouteTableMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_route_table", "aws_default_route_table");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("vpc_id", "route", "default_route_table_id");
    }

    @Override
    public Set<String> partKinds() {
        return Set.of("route");
    }

    @Override
    public String family() {
        return "route_table";
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        EntityBuilder table = ctx.entity(r);
        ctx.copy(r, table).string("id", "id");
        boolean isDefault = r.type().equals("aws_default_route_table");
        Found vpcs = isDefault && r.strings("vpc_id").isEmpty()
                ? ctx.find(r, "vpc", "default_route_table_id") : ctx.find(r, "vpc", "vpc_id");
        ctx.link(table, "vpc", vpcs, r);
        table.set("main", isDefault || isMainOf(r, vpcs));
        routes(r, ctx, table);
    }

    private static boolean isMainOf(Resource r, Found vpcs) {
        Optional<String> id = r.value("id").string();
        if (id.isEmpty() || r.unknown("id")) {
            return false;
        }
        for (ResourceRecord vpc : vpcs.records()) {
            if (vpc.values().get("main_route_table_id").string().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static void routes(Resource r, MappingContext ctx, EntityBuilder table) {
        if (r.unknownWhole("route")) {
            // Not configured inline: the table's routes are the aws_route resources that name it.
            if (ctx.configured(r, "route")) {
                table.unknownRelation("route", "the routes of " + r.address() + " are " + AttributeCopy.AFTER_APPLY);
            }
            return;
        }
        int n = r.count("route");
        for (int i = 0; i < n; i++) {
            String destination = RouteTargets.destinationText(r, RouteTargets.INLINE_FIELDS, "route", i);
            String id = r.address() + ":route[" + (destination != null ? destination : "#" + i) + "]";
            EntityBuilder route = ctx.child("route", id, r);
            RouteTargets.apply(ctx, r, route, RouteTargets.INLINE_FIELDS, "route", i);
            table.relate("route", id);
        }
    }
}
