package org.invar.terraform.mapping.compute;

import java.util.List;
import java.util.Set;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/**
 * {@code aws_autoscaling_attachment}: registers an Auto Scaling group in a target group
 * ({@code lb_target_group_arn}, or {@code alb_target_group_arn} of older providers), related from
 * the target group's side. Classic ELB attachments are not modelled.
 */
public final class AutoScalingAttachmentMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_autoscaling_attachment");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("autoscaling_group_name", "lb_target_group_arn", "alb_target_group_arn");
    }

    @Override
    public String family() {
        return "autoscaling_attachment";
    }

    @Override
    public boolean makesEntity() {
        return false;
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        String field = !r.strings("lb_target_group_arn").isEmpty() || r.unknown("lb_target_group_arn")
                ? "lb_target_group_arn" : "alb_target_group_arn";
        List<String> groups = ctx.ids(r, "auto_scaling_group", "autoscaling_group_name");
        for (String tg : ctx.ids(r, "target_group", field)) {
            for (String group : groups) {
                ctx.builder().entity("target_group", tg).relate("auto_scaling_group", group);
            }
        }
    }
}
