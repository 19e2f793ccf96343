package org.invar.terraform.mapping.security;

import java.util.ArrayList;
import java.util.List;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.Found;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;

/**
 * The {@code ingress} and {@code egress} entities of one security group rule. The schema gives a
 * rule one peer (a CIDR or a security group), while Terraform lets a rule list several
 * ({@code cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]}); so one entity is made per peer, with id
 * {@code <base>} for a single peer and {@code <base>#<n>} (n from 1) for several. IPv6 CIDRs are
 * peers too, in {@code cidr}, so {@code ::/0} is not lost. A rule with no peer that the schema can
 * hold (only prefix lists) is one entity with neither.
 */
final class RuleEntities {
    private final MappingContext ctx;
    private final Resource r;
    private final String kind;
    private final String base;
    private final List<String> cidrs = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();
    private String groupsUnknown;

    RuleEntities(MappingContext ctx, Resource r, String kind, String base) {
        this.ctx = ctx;
        this.r = r;
        this.kind = kind;
        this.base = base;
    }

    RuleEntities cidrs(Object... path) {
        cidrs.addAll(r.strings(path));
        return this;
    }

    /** Peer security groups named at the path (ids, or references when known after apply). */
    RuleEntities groups(Object... path) {
        Found found = ctx.find(r, "security_group", path);
        groups.addAll(ctx.entityIds(found, "security_group", r));
        if (found.unknown() != null && groups.isEmpty()) {
            groupsUnknown = found.unknown();
        }
        return this;
    }

    RuleEntities self(boolean self, String group) {
        if (self && group != null) {
            groups.add(group);
        }
        return this;
    }

    /** Makes the entities; ports and protocol are copied from the paths given to {@code ports}. */
    List<EntityBuilder> make(Ports ports) {
        List<EntityBuilder> made = new ArrayList<>();
        int peers = cidrs.size() + groups.size() + (groupsUnknown != null ? 1 : 0);
        int n = 0;
        for (String cidr : cidrs) {
            made.add(entity(peers, ++n, ports).set("cidr", cidr));
        }
        for (String group : groups) {
            made.add(entity(peers, ++n, ports).relate("peer", group));
        }
        if (groupsUnknown != null) {
            made.add(entity(peers, ++n, ports).unknownRelation("peer", groupsUnknown));
        }
        if (made.isEmpty()) {
            made.add(entity(1, 1, ports));
        }
        return made;
    }

    private EntityBuilder entity(int peers, int n, Ports ports) {
        EntityBuilder e = ctx.child(kind, peers <= 1 ? base : base + "#" + n, r);
        ctx.copy(r, e).string("protocol", ports.protocol());
        String protocol = r.value(ports.protocol()).string().orElse("");
        if (protocol.equals("-1") || protocol.equalsIgnoreCase("all")) {
            // All protocols means all ports, whatever the ports say: Terraform wants 0 and 0 on such a
            // rule (aws_security_group_rule, inline rules) or none (aws_vpc_security_group_*_rule),
            // and AWS reports none. The range is written out as CloudFormation and live AWS models have it.
            e.set("from_port", 0L).set("to_port", 65535L);
        } else {
            ctx.copy(r, e).integer("from_port", ports.from()).integer("to_port", ports.to());
        }
        return e;
    }

    /** Where a rule's protocol and ports are. */
    record Ports(Object[] protocol, Object[] from, Object[] to) {
    }
}
