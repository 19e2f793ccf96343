package org.invar.terraform.mapping.elb;

import java.util.List;
import java.util.Set;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/**
 * {@code aws_lb_listener_rule} and {@code aws_alb_listener_rule}: the target groups its actions
 * forward to are added to its listener's ({@code listener.target_group} is "target groups its
 * default actions and rules forward to"). It makes no entity.
 */
public final class ListenerRuleMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_lb_listener_rule", "aws_alb_listener_rule");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("listener_arn", "action");
    }

    @Override
    public String family() {
        return "listener_rule";
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
        for (String listener : ctx.ids(r, "listener", "listener_arn")) {
            ForwardActions.link(ctx, r, ctx.builder().entity("listener", listener), "action");
        }
    }
}
