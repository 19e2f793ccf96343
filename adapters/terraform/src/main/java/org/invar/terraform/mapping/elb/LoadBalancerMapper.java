package org.invar.terraform.mapping.elb;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/**
 * {@code aws_lb} and {@code aws_alb} to {@code load_balancer}, with the provider's defaults
 * where a plan leaves a value to be computed and the configuration does not set it:
 * <ul>
 *   <li>{@code type}: {@code load_balancer_type}, default {@code application};</li>
 *   <li>{@code scheme}: {@code internal} when {@code internal = true}, else {@code internet-facing}
 *       (the default);</li>
 *   <li>{@code cross_zone}: always on for an application load balancer; otherwise
 *       {@code enable_cross_zone_load_balancing}, default off;</li>
 *   <li>{@code drop_invalid_header_fields};</li>
 *   <li>subnets from {@code subnets} and {@code subnet_mapping[].subnet_id}; security groups.</li>
 * </ul>
 */
public final class LoadBalancerMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_lb", "aws_alb");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("name", "load_balancer_type", "internal", "enable_cross_zone_load_balancing",
                "drop_invalid_header_fields", "subnets", "subnet_mapping", "security_groups");
    }

    @Override
    public String family() {
        return "load_balancer";
    }

    @Override
    public boolean readsDataSources() {
        return true;
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        EntityBuilder lb = ctx.entity(r);
        ctx.copy(r, lb).string("name", "name").bool("drop_invalid_header_fields", "drop_invalid_header_fields");
        Optional<String> type = withDefault(r, ctx, lb, "type", "load_balancer_type", "application");
        scheme(r, ctx, lb);
        crossZone(r, ctx, lb, type);
        ctx.linkIfSet(lb, "subnet", r, "subnets");
        if (r.count("subnet_mapping") > 0) {
            for (int i = 0; i < r.count("subnet_mapping"); i++) {
                ctx.link(lb, "subnet", r, "subnet_mapping", i, "subnet_id");
            }
        } else {
            ctx.linkIfSet(lb, "subnet", r, "subnet_mapping");
        }
        if (ctx.configured(r, "security_groups") || !r.strings("security_groups").isEmpty()) {
            ctx.link(lb, "security_group", r, "security_groups");
        }
    }

    /** A string attribute with the provider's default when the configuration does not set it; the value if known. */
    private static Optional<String> withDefault(Resource r, MappingContext ctx, EntityBuilder e, String attribute,
                                                String field, String fallback) {
        Optional<String> known = r.value(field).string().filter(s -> !s.isEmpty());
        if (known.isPresent()) {
            e.set(attribute, known.get());
            return known;
        }
        if (r.unknown(field) && ctx.configured(r, field)) {
            e.unknown(attribute, field + " of " + r.address() + " is " + r.whyUnknown(field));
            return Optional.empty();
        }
        e.set(attribute, fallback);
        return Optional.of(fallback);
    }

    private static void scheme(Resource r, MappingContext ctx, EntityBuilder lb) {
        Optional<Boolean> internal = r.value("internal").bool();
        if (internal.isPresent() && !r.unknown("internal")) {
            lb.set("scheme", internal.get() ? "internal" : "internet-facing");
        } else if (r.unknown("internal") && ctx.configured(r, "internal")) {
            lb.unknown("scheme", "internal of " + r.address() + " is " + r.whyUnknown("internal"));
        } else {
            lb.set("scheme", "internet-facing");
        }
    }

    private static void crossZone(Resource r, MappingContext ctx, EntityBuilder lb, Optional<String> type) {
        if (type.isEmpty()) {
            lb.unknown("cross_zone", "the type of " + r.address() + " is " + r.whyUnknown("load_balancer_type"));
        } else if (type.get().equals("application")) {
            lb.set("cross_zone", true);
        } else if (r.unknown("enable_cross_zone_load_balancing") && ctx.configured(r, "enable_cross_zone_load_balancing")) {
            lb.unknown("cross_zone", "enable_cross_zone_load_balancing of " + r.address() + " is "
                    + r.whyUnknown("enable_cross_zone_load_balancing"));
        } else {
            lb.set("cross_zone", r.value("enable_cross_zone_load_balancing").bool().orElse(false));
        }
    }
}
