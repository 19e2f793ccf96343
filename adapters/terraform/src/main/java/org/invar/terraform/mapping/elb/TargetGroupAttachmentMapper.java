package org.invar.terraform.mapping.elb;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;
import org.invar.terraform.mapping.network.ZoneOf;

/**
 * {@code aws_lb_target_group_attachment} and {@code aws_alb_target_group_attachment} to a
 * {@code target} registered by the configuration itself: health {@code predicted} (a plan or
 * state does not know target health; a static registration is what will be there), its port,
 * target group and AZ: {@code availability_zone} when set, else the AZ of the instance it
 * registers (an {@code aws_instance} of the same plan or state), else unknown. It runs after
 * the instances.
 *
 * <p>A target group with such targets counts them as its own: the engine then predicts no
 * targets for the ECS services or Auto Scaling groups registered in it too.
 */
public final class TargetGroupAttachmentMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_lb_target_group_attachment", "aws_alb_target_group_attachment");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("target_group_arn", "target_id", "port", "availability_zone");
    }

    @Override
    public String family() {
        return "target";
    }

    @Override
    public int phase() {
        return 2;
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        EntityBuilder target = ctx.entity(r).set("health", "predicted");
        ctx.copy(r, target).integer("port", "port");
        ctx.link(target, "target_group", r, "target_group_arn");
        Optional<String> zone = r.value("availability_zone").string().filter(z -> !z.isEmpty() && !z.equals("all"));
        if (zone.isPresent()) {
            target.relate("az", ctx.az(zone.get()));
            return;
        }
        List<String> instances = ctx.find(r, "instance", "target_id").records().stream()
                .map(rec -> rec.address()).toList();
        Optional<EntityBuilder> instance = instances.size() == 1 ? ctx.find("instance", instances.get(0))
                : Optional.empty();
        if (instance.isPresent() && (!instance.get().related("az").isEmpty()
                || instance.get().unknownRelation("az").isPresent())) {
            ZoneOf.copy(instance.get(), target);
        } else {
            target.unknownRelation("az", "the target " + r.value("target_id").string().orElse("of " + r.address())
                    + " is not an instance whose AZ this " + (ctx.isPlan() ? "plan" : "state") + " tells");
        }
    }
}
