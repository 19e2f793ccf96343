package org.invar.terraform.mapping;

import org.invar.model.EntityBuilder;
import org.invar.terraform.read.ConfigurationGaps;

/**
 * Stand-in entities for what a plan or state names but does not describe: a load balancer in a
 * subnet created by another configuration gets a subnet entity whose id is the subnet's id, so it
 * still counts as in that subnet. What is not known of it stays unknown: a stand-in subnet's AZ,
 * VPC and route table, a stand-in route table's routes, a stand-in target group's targets are
 * unknown relations, so rules that need them say unknown rather than pass. The built-in capacity
 * providers ({@code FARGATE}, {@code FARGATE_SPOT}) are stand-ins with just a name. A subnet a
 * root variable without a value names is a stand-in too, named by the variable ({@link VariableSubnets}).
 */
final class StandIns {
    private StandIns() {
    }

    /** The stand-in of this kind for the value (an id, ARN or name), made on first use; returns its id. */
    static String make(MappingContext ctx, String kind, String value, Resource by) {
        if (ctx.find(kind, value).isPresent()) {
            return value;
        }
        ConfigurationGaps.UnsetVariable variable = ctx.unsetVariable(value);
        if (variable != null) {
            return ofVariable(ctx, kind, value, variable);
        }
        EntityBuilder e = ctx.builder().entity(kind, value).origin(ctx.origin(value)).standIn();
        String outside = kind + " " + value + " is named by " + by.address() + " but not described in this "
                + (ctx.isPlan() ? "plan" : "state");
        switch (kind) {
            case "subnet" -> e.set("id", value).unknownRelation("az", outside).unknownRelation("vpc", outside)
                    .unknownRelation("route_table", outside);
            case "vpc" -> e.set("id", value).unknownRelation("route_table", outside);
            case "route_table" -> e.set("id", value).unknownRelation("route", outside).unknownRelation("vpc", outside)
                    .unknown("main", outside);
            case "security_group" -> e.set("id", value).unknownRelation("ingress", outside)
                    .unknownRelation("egress", outside);
            case "internet_gateway" -> e.set("id", value).unknownRelation("vpc", outside);
            case "nat_gateway" -> e.set("id", value).unknownRelation("subnet", outside).unknownRelation("az", outside);
            case "instance" -> e.set("id", value).unknownRelation("subnet", outside).unknownRelation("az", outside);
            case "target_group" -> e.set("name", arnName(value, "targetgroup/")).unknownRelation("target", outside);
            case "load_balancer" -> e.set("name", arnName(value, "loadbalancer/app/", "loadbalancer/net/",
                    "loadbalancer/gwy/", "loadbalancer/")).unknownRelation("subnet", outside)
                    .unknownRelation("listener", outside);
            case "listener" -> e.unknownRelation("load_balancer", outside);
            case "auto_scaling_group" -> e.set("name", lastSegment(value)).unknownRelation("subnet", outside)
                    .unknownRelation("az", outside);
            case "ecs_cluster", "capacity_provider" -> e.set("name", lastSegment(value));
            case "db_instance" -> e.set("id", value);
            case "bucket" -> e.set("name", value);
            default -> {
            }
        }
        return value;
    }

    /**
     * The stand-in for what a root variable without a value names ({@code var.subnet1_id}, see
     * {@link VariableSubnets}): declared where the variable is, its id and what the subnet's would
     * tell unknown for the variable's reason.
     */
    private static String ofVariable(MappingContext ctx, String kind, String id, ConfigurationGaps.UnsetVariable variable) {
        String why = variable.reason();
        EntityBuilder e = ctx.builder().entity(kind, id).origin(variable.origin().withResource(id)).standIn();
        if (e.kindDef().attribute("id").isPresent()) {
            e.unknown("id", why);
        }
        if (kind.equals("subnet")) {
            e.unknownRelation("az", why).unknownRelation("vpc", why).unknownRelation("route_table", why);
        }
        return id;
    }

    private static String arnName(String arn, String... markers) {
        for (String marker : markers) {
            int at = arn.indexOf(marker);
            if (at >= 0) {
                String rest = arn.substring(at + marker.length());
                int slash = rest.indexOf('/');
                return slash < 0 ? rest : rest.substring(0, slash);
            }
        }
        return arn;
    }

    private static String lastSegment(String value) {
        if (!value.startsWith("arn:")) {
            return value;
        }
        int slash = value.lastIndexOf('/');
        int colon = value.lastIndexOf(':');
        return value.substring(Math.max(slash, colon) + 1);
    }
}
