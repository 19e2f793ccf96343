package org.invar.terraform.mapping.network;

import java.util.List;
import java.util.Set;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/** {@code aws_vpc}, {@code aws_default_vpc} and {@code data.aws_vpc} to {@code vpc}: id and CIDR. */
public final class VpcMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_vpc", "aws_default_vpc");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("cidr_block");
    }

    @Override
    public String family() {
        return "vpc";
    }

    /** Route tables name their VPC's main table by id; so does {@code aws_default_route_table}. */
    @Override
    public Set<String> lookupKeys() {
        return Set.of("main_route_table_id", "default_route_table_id");
    }

    @Override
    public boolean readsDataSources() {
        return true;
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        ctx.copy(r, ctx.entity(r)).string("id", "id").string("cidr", "cidr_block");
    }
}
