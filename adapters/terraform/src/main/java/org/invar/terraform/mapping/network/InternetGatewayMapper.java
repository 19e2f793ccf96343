package org.invar.terraform.mapping.network;

import java.util.List;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/** {@code aws_internet_gateway} (and {@code data.aws_internet_gateway}) to {@code internet_gateway}: id and VPC. */
public final class InternetGatewayMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_internet_gateway");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("vpc_id");
    }

    @Override
    public String family() {
        return "internet_gateway";
    }

    @Override
    public boolean readsDataSources() {
        return true;
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        EntityBuilder igw = ctx.entity(r);
        ctx.copy(r, igw).string("id", "id");
        igw.set("connectivity_type", "public");
        if (ctx.configured(r, "vpc_id") || !r.strings("vpc_id").isEmpty()) {
            ctx.link(igw, "vpc", r, "vpc_id");
        }
    }
}
