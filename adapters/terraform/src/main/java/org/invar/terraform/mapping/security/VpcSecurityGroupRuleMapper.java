package org.invar.terraform.mapping.security;

import java.util.List;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/**
 * {@code aws_vpc_security_group_ingress_rule} and {@code aws_vpc_security_group_egress_rule} to
 * {@code ingress} and {@code egress}: one peer each ({@code cidr_ipv4}, {@code cidr_ipv6} or
 * {@code referenced_security_group_id}), related to the group.
 */
public final class VpcSecurityGroupRuleMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("security_group_id", "ip_protocol", "from_port", "to_port", "cidr_ipv4", "cidr_ipv6",
                "referenced_security_group_id");
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
        String kind = r.type().endsWith("_ingress_rule") ? "ingress" : "egress";
        RuleEntities rules = new RuleEntities(ctx, r, kind, r.address()).cidrs("cidr_ipv4").cidrs("cidr_ipv6");
        if (ctx.configured(r, "referenced_security_group_id") || !r.strings("referenced_security_group_id").isEmpty()) {
            rules.groups("referenced_security_group_id");
        }
        for (EntityBuilder rule : rules.make(new RuleEntities.Ports(new Object[] {"ip_protocol"},
                new Object[] {"from_port"}, new Object[] {"to_port"}))) {
            ctx.link(rule, "security_group", r, "security_group_id");
        }
    }
}
