package org.invar.terraform.mapping.elb;

import java.util.List;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/**
 * {@code aws_lb_listener} and {@code aws_alb_listener} to {@code listener}: port, protocol, its
 * load balancer, and the target groups its default actions forward to.
 */
public final class ListenerMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_lb_listener", "aws_alb_listener");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("load_balancer_arn", "port", "protocol", "default_action");
    }

    @Override
    public String family() {
        return "listener";
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        EntityBuilder listener = ctx.entity(r);
        ctx.copy(r, listener).integer("port", "port").string("protocol", "protocol");
        ctx.link(listener, "load_balancer", r, "load_balancer_arn");
        ForwardActions.link(ctx, r, listener, "default_action");
    }
}
