package org.invar.aws.map;

import java.util.List;
import org.invar.aws.scan.Ec2Snapshot;
import org.invar.aws.scan.ScanScope;
import org.invar.model.EntityBuilder;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;
import software.amazon.awssdk.services.ec2.model.PrefixListId;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

/**
 * Security groups with one {@code ingress} or {@code egress} entity per peer of each permission:
 * an IPv4 range, an IPv6 range ({@code cidr} holds it as AWS writes it, {@code ::/0}), a peer
 * group ({@code peer}), or a prefix list (no {@code cidr}). Ids are {@code <group>/ingress/<n>}.
 * A permission for all protocols ({@code -1}) has no ports in the API and covers 0 to 65535.
 */
final class SecurityGroupMapper {
    private SecurityGroupMapper() {
    }

    static void map(MappingContext ctx, ScanScope scope, Ec2Snapshot ec2) {
        ctx.listing(scope, "security_group", ec2.securityGroups());
        for (SecurityGroup g : ec2.securityGroups().orElse(List.of())) {
            EntityBuilder e = ctx.entity(scope, "security_group", g.groupId());
            e.set("id", g.groupId());
            Put.str(e, "name", g.groupName());
            Put.relate(e, "vpc", g.vpcId());
            rules(ctx, scope, e, "ingress", g.ipPermissions());
            rules(ctx, scope, e, "egress", g.ipPermissionsEgress());
        }
    }

    private static void rules(MappingContext ctx, ScanScope scope, EntityBuilder group, String kind,
                              List<IpPermission> permissions) {
        int n = 0;
        for (IpPermission p : permissions) {
            for (IpRange r : p.ipRanges()) {
                rule(ctx, scope, group, kind, ++n, p).set("cidr", r.cidrIp());
            }
            for (Ipv6Range r : p.ipv6Ranges()) {
                rule(ctx, scope, group, kind, ++n, p).set("cidr", r.cidrIpv6());
            }
            for (UserIdGroupPair pair : p.userIdGroupPairs()) {
                Put.relate(rule(ctx, scope, group, kind, ++n, p), "peer", pair.groupId());
            }
            for (PrefixListId ignored : p.prefixListIds()) {
                rule(ctx, scope, group, kind, ++n, p);
            }
        }
    }

    private static EntityBuilder rule(MappingContext ctx, ScanScope scope, EntityBuilder group, String kind, int n,
                                      IpPermission p) {
        EntityBuilder e = ctx.entity(scope, kind, group.id() + "/" + kind + "/" + n);
        e.origin(group.origin());
        e.relate("security_group", group.id());
        String protocol = p.ipProtocol();
        Put.str(e, "protocol", protocol);
        boolean all = "-1".equals(protocol);
        if (p.fromPort() != null) {
            e.set("from_port", (long) p.fromPort());
        } else if (all) {
            e.set("from_port", 0L);
        }
        if (p.toPort() != null) {
            e.set("to_port", (long) p.toPort());
        } else if (all) {
            e.set("to_port", 65535L);
        }
        return e;
    }
}
