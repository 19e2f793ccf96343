package org.invar.terraform.mapping.compute;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;
import org.invar.terraform.mapping.network.ZoneOf;

/**
 * {@code aws_instance} (and {@code data.aws_instance}) to {@code instance}: id, type, state
 * ({@code instance_state}), subnet, and AZ: {@code availability_zone} when known, else its
 * subnet's. Runs after the subnets.
 */
public final class InstanceMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_instance");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("instance_type", "instance_state", "subnet_id", "availability_zone");
    }

    @Override
    public String family() {
        return "instance";
    }

    @Override
    public boolean readsDataSources() {
        return true;
    }

    @Override
    public int phase() {
        return 1;
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        EntityBuilder instance = ctx.entity(r);
        ctx.copy(r, instance).string("id", "id").string("instance_type", "instance_type")
                .string("state", "instance_state");
        ctx.linkIfSet(instance, "subnet", r, "subnet_id");
        Optional<String> zone = r.value("availability_zone").string().filter(z -> !z.isEmpty());
        if (zone.isPresent() && !r.unknown("availability_zone")) {
            instance.relate("az", ctx.az(zone.get()));
            return;
        }
        for (String subnet : instance.related("subnet")) {
            ctx.find("subnet", subnet).ifPresent(s -> ZoneOf.copy(s, instance));
        }
        if (instance.related("az").isEmpty() && instance.unknownRelation("az").isEmpty()) {
            instance.unknownRelation("az", "availability_zone of " + r.address() + " is " + r.whyUnknown("availability_zone"));
        }
    }
}
