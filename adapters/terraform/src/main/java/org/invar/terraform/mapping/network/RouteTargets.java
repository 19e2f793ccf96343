package org.invar.terraform.mapping.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.AttributeCopy;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;

/**
 * A route's destination and target, from an inline {@code route} block of a route table
 * ({@code cidr_block}, {@code gateway_id}, ...) or an {@code aws_route}
 * ({@code destination_cidr_block}, {@code gateway_id}, ...). The target type comes from the field
 * that is set ({@code nat_gateway_id} is a {@code nat_gateway}); {@code gateway_id} serves both
 * internet and virtual private gateways, told apart by the id's prefix or, when a plan knows the
 * id only after apply, by what the configuration refers to.
 */
final class RouteTargets {
    private static final String[][] TARGETS = {
            {"gateway_id", null},
            {"nat_gateway_id", "nat_gateway"},
            {"transit_gateway_id", "transit_gateway"},
            {"vpc_peering_connection_id", "vpc_peering"},
            {"egress_only_gateway_id", "egress_only_internet_gateway"},
            {"network_interface_id", "network_interface"},
            {"instance_id", "instance"},
            {"vpc_endpoint_id", "vpc_endpoint"},
            {"local_gateway_id", "local_gateway"},
            {"carrier_gateway_id", "carrier_gateway"},
            {"core_network_arn", "core_network"},
    };

    static final List<String> INLINE_FIELDS = fields("cidr_block", "ipv6_cidr_block", "destination_prefix_list_id");
    static final List<String> ROUTE_FIELDS = fields("destination_cidr_block", "destination_ipv6_cidr_block",
            "destination_prefix_list_id");

    private RouteTargets() {
    }

    private static List<String> fields(String... destinations) {
        List<String> all = new ArrayList<>(Arrays.asList(destinations));
        for (String[] t : TARGETS) {
            all.add(t[0]);
        }
        return List.copyOf(all);
    }

    /**
     * Sets destination, target_type and target_id of a route entity; {@code at} is the path of the
     * route's object. The target is the field with a known value; else the one field known after
     * apply (of an {@code aws_route}, the one the configuration sets, since the provider leaves
     * unset fields to be computed too); else the kind of gateway the configuration refers to.
     */
    static void apply(MappingContext ctx, Resource r, EntityBuilder route, List<String> destinationFields,
                      Object... at) {
        destination(r, route, destinationFields, at);
        List<String[]> unknown = new ArrayList<>();
        for (String[] t : TARGETS) {
            Object[] path = path(at, t[0]);
            Optional<String> value = r.value(path).string().filter(s -> !s.isEmpty());
            if (value.isPresent() && !r.unknown(path)) {
                route.set("target_type", t[1] != null ? t[1] : gatewayType(ctx, r, value.get(), path));
                route.set("target_id", value.get());
                return;
            }
            if (r.unknown(path) && (at.length > 0 || ctx.configured(r, t[0]))) {
                unknown.add(t);
            }
        }
        if (unknown.isEmpty()) {
            return;
        }
        route.unknown("target_id", "the target of " + r.address() + " is " + AttributeCopy.AFTER_APPLY);
        String type = unknown.size() == 1 && unknown.get(0)[1] != null ? unknown.get(0)[1]
                : referredType(ctx, r, path(at, unknown.get(0)[0]));
        if (type == null) {
            route.unknown("target_type", "the target of " + r.address() + " is " + AttributeCopy.AFTER_APPLY
                    + " and the configuration does not tell what kind of gateway it is");
        } else {
            route.set("target_type", type);
        }
    }

    /** The kind of gateway the configuration's references name, when they name one kind only. */
    private static String referredType(MappingContext ctx, Resource r, Object[] path) {
        boolean igw = !ctx.find(r, "internet_gateway", path).records().isEmpty();
        boolean nat = !ctx.find(r, "nat_gateway", path).records().isEmpty();
        return igw == nat ? null : igw ? "internet_gateway" : "nat_gateway";
    }

    /** The destination of a route entity: the first of its destination fields that is set, if any. */
    static void destination(Resource r, EntityBuilder route, List<String> fields, Object... at) {
        for (String field : fields.subList(0, 3)) {
            Object[] path = path(at, field);
            if (r.unknown(path)) {
                route.unknown("destination", "the destination of " + r.address() + " is " + r.whyUnknown(path));
                return;
            }
            Optional<String> value = r.value(path).string().filter(s -> !s.isEmpty());
            if (value.isPresent()) {
                route.set("destination", value.get());
                return;
            }
        }
    }

    /** What a route's text for its destination is, to name it in ids: known value, else null. */
    static String destinationText(Resource r, List<String> fields, Object... at) {
        for (String field : fields.subList(0, 3)) {
            Optional<String> v = r.value(path(at, field)).string().filter(s -> !s.isEmpty());
            if (v.isPresent()) {
                return v.get();
            }
        }
        return null;
    }

    private static String gatewayType(MappingContext ctx, Resource r, String id, Object[] path) {
        if (id.startsWith("igw-")) {
            return "internet_gateway";
        }
        if (id.startsWith("vgw-")) {
            return "virtual_private_gateway";
        }
        if (id.equals("local")) {
            return "local";
        }
        if (id.startsWith("vpce-")) {
            return "vpc_endpoint";
        }
        return ctx.find(r, "internet_gateway", path).records().isEmpty() ? "gateway" : "internet_gateway";
    }

    private static Object[] path(Object[] at, String field) {
        Object[] p = Arrays.copyOf(at, at.length + 1);
        p[at.length] = field;
        return p;
    }
}
