package org.invar.terraform.mapping.security;

import java.util.List;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.AttributeCopy;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/**
 * {@code aws_security_group}, {@code aws_default_security_group} and
 * {@code data.aws_security_group} to {@code security_group}: id, name, VPC, and each inline
 * {@code ingress}/{@code egress} block as rules ({@code <group>:ingress[<i>]}, see
 * {@link RuleEntities}).
 */
public final class SecurityGroupMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_security_group", "aws_default_security_group");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("name", "vpc_id", "ingress", "egress");
    }

    @Override
    public Set<String> partKinds() {
        return Set.of("ingress", "egress");
    }

    @Override
    public String family() {
        return "security_group";
    }

    @Override
    public Set<String> lookupKeys() {
        return Set.of("name");
    }

    @Override
    public boolean readsDataSources() {
        return true;
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        EntityBuilder group = ctx.entity(r);
        ctx.copy(r, group).string("id", "id").string("name", "name");
        if (ctx.configured(r, "vpc_id") || !r.strings("vpc_id").isEmpty()) {
            ctx.link(group, "vpc", r, "vpc_id");
        }
        if (r.record().data()) {
            return;
        }
        for (String direction : List.of("ingress", "egress")) {
            if (r.unknownWhole(direction)) {
                if (ctx.configured(r, direction)) {
                    group.unknownRelation(direction, "the " + direction + " rules of " + r.address() + " are "
                            + AttributeCopy.AFTER_APPLY);
                }
                continue;
            }
            for (int i = 0; i < r.count(direction); i++) {
                RuleEntities rules = new RuleEntities(ctx, r, direction, r.address() + ":" + direction + "[" + i + "]")
                        .cidrs(direction, i, "cidr_blocks").cidrs(direction, i, "ipv6_cidr_blocks")
                        .groups(direction, i, "security_groups")
                        .self(r.value(direction, i, "self").bool().orElse(false), r.address());
                for (EntityBuilder rule : rules.make(new RuleEntities.Ports(new Object[] {direction, i, "protocol"},
                        new Object[] {direction, i, "from_port"}, new Object[] {direction, i, "to_port"}))) {
                    rule.relate("security_group", r.address());
                }
            }
        }
    }
}
