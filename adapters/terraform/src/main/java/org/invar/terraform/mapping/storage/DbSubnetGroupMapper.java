package org.invar.terraform.mapping.storage;

import java.util.List;
import java.util.Set;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/**
 * {@code aws_db_subnet_group} (and {@code data.aws_db_subnet_group}): no entity of its own, but
 * kept so that a DB instance finds its subnets through it.
 */
public final class DbSubnetGroupMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_db_subnet_group");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("name", "subnet_ids");
    }

    @Override
    public Set<String> lookupKeys() {
        return Set.of("name");
    }

    @Override
    public String family() {
        return "db_subnet_group";
    }

    @Override
    public boolean makesEntity() {
        return false;
    }

    @Override
    public boolean readsDataSources() {
        return true;
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        // read by DbInstanceMapper
    }
}
