package org.invar.terraform.mapping.elb;

import java.util.List;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/**
 * {@code aws_lb_target_group} and {@code aws_alb_target_group} to {@code target_group}: name,
 * target type (default {@code instance}), protocol, port and health check path (the provider's
 * default {@code /} for an HTTP or HTTPS target group whose health check is not configured).
 */
public final class TargetGroupMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_lb_target_group", "aws_alb_target_group");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("name", "target_type", "protocol", "port", "health_check");
    }

    @Override
    public String family() {
        return "target_group";
    }

    @Override
    public boolean readsDataSources() {
        return true;
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        EntityBuilder tg = ctx.entity(r);
        ctx.copy(r, tg).string("name", "name").string("protocol", "protocol").integer("port", "port");
        if (r.unknown("health_check") && !ctx.configured(r, "health_check")) {
            // The provider's default health check: HTTP(S) target groups check "/".
            r.value("protocol").string().filter(p -> p.startsWith("HTTP")).ifPresent(p -> tg.set("health_check_path", "/"));
        } else {
            ctx.copy(r, tg).string("health_check_path", "health_check", 0, "path");
        }
        if (r.value("target_type").string().filter(s -> !s.isEmpty()).isEmpty()
                && (!r.unknown("target_type") || !ctx.configured(r, "target_type"))) {
            tg.set("target_type", "instance");
        } else {
            ctx.copy(r, tg).string("target_type", "target_type");
        }
    }
}
