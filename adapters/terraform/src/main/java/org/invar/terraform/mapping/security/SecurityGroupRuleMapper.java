package org.invar.terraform.mapping.security;

import java.util.List;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.Found;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/**
 * {@code aws_security_group_rule} to {@code ingress} or {@code egress} (by its {@code type}), one
 * per peer ({@link RuleEntities}), related to its security group.
 */
public final class SecurityGroupRuleMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_security_group_rule");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("type", "security_group_id", "protocol", "from_port", "to_port", "cidr_blocks",
                "ipv6_cidr_blocks", "source_security_group_id", "self");
    }

    @Override
    public Set<String> partKinds() {
        return Set.of("ingress", "egress");
    }

    @Override
    public String family() {
        return "security_group_rule";
    }

    @Override
    public boolean makesEntity() {
        return false;
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        String kind = r.value("type").string().filter(t -> t.equals("ingress") || t.equals("egress")).orElse(null);
        if (kind == null) {
            return;
        }
        Found groups = ctx.find(r, "security_group", "security_group_id");
        List<String> own = ctx.entityIds(groups, "security_group", r);
        RuleEntities rules = new RuleEntities(ctx, r, kind, r.address())
                .cidrs("cidr_blocks").cidrs("ipv6_cidr_blocks")
                .self(r.value("self").bool().orElse(false), own.size() == 1 ? own.get(0) : null);
        if (ctx.configured(r, "source_security_group_id") || !r.strings("source_security_group_id").isEmpty()) {
            rules.groups("source_security_group_id");
        }
        for (EntityBuilder rule : rules.make(new RuleEntities.Ports(new Object[] {"protocol"},
                new Object[] {"from_port"}, new Object[] {"to_port"}))) {
            ctx.link(rule, "security_group", groups, r);
        }
    }
}
