package org.invar.terraform.mapping.network;

import java.util.List;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.AttributeCopy;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/**
 * {@code aws_subnet}, {@code aws_default_subnet} and {@code data.aws_subnet} to {@code subnet}:
 * id, Name tag, CIDR, public IPs on launch, its VPC, and its AZ, named by
 * {@code availability_zone} (an AZ entity is made for each name, with its region). When a plan
 * knows the zone only after apply (AWS picks it), the subnet's AZ is unknown.
 */
public final class SubnetMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_subnet", "aws_default_subnet");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("cidr_block", "availability_zone", "availability_zone_id", "map_public_ip_on_launch", "vpc_id",
                "tags");
    }

    @Override
    public String family() {
        return "subnet";
    }

    @Override
    public boolean readsDataSources() {
        return true;
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        EntityBuilder subnet = ctx.entity(r);
        ctx.copy(r, subnet).string("id", "id").string("name", "tags", "Name").string("cidr", "cidr_block")
                .bool("map_public_ip_on_launch", "map_public_ip_on_launch");
        String zone = r.value("availability_zone").string().filter(s -> !s.isEmpty()).orElse(null);
        if (zone != null && !r.unknown("availability_zone")) {
            subnet.relate("az", ctx.az(zone));
            r.value("availability_zone_id").string().filter(s -> !s.isEmpty())
                    .ifPresent(id -> ctx.builder().entity("az", zone).set("zone_id", id));
        } else if (r.unknown("availability_zone")) {
            subnet.unknownRelation("az", "availability_zone of " + r.address() + " is " + AttributeCopy.AFTER_APPLY);
        } else {
            subnet.unknownRelation("az", r.address() + " has no availability_zone");
        }
        ctx.link(subnet, "vpc", r, "vpc_id");
    }
}
