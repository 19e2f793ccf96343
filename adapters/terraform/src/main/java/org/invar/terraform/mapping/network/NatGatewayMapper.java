package org.invar.terraform.mapping.network;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/**
 * {@code aws_nat_gateway} to {@code nat_gateway}: id, connectivity type ({@code public} unless
 * set), its subnet, and the AZ and VPC of that subnet. Runs after the subnets.
 */
public final class NatGatewayMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_nat_gateway");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("subnet_id", "connectivity_type");
    }

    @Override
    public String family() {
        return "nat_gateway";
    }

    @Override
    public int phase() {
        return 1;
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        EntityBuilder nat = ctx.entity(r);
        ctx.copy(r, nat).string("id", "id");
        boolean unset = r.unknown("connectivity_type") ? !ctx.configured(r, "connectivity_type")
                : r.value("connectivity_type").isNull();
        if (unset) {
            nat.set("connectivity_type", "public");
        } else {
            ctx.copy(r, nat).string("connectivity_type", "connectivity_type");
        }
        ctx.link(nat, "subnet", r, "subnet_id");
        for (String id : nat.related("subnet")) {
            Optional<EntityBuilder> subnet = ctx.find("subnet", id);
            if (subnet.isEmpty()) {
                continue;
            }
            ZoneOf.copy(subnet.get(), nat);
            subnet.get().related("vpc").forEach(v -> nat.relate("vpc", v));
            subnet.get().unknownRelation("vpc").ifPresent(reason -> nat.unknownRelation("vpc", reason));
        }
    }
}
