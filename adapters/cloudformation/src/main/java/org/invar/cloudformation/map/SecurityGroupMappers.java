package org.invar.cloudformation.map;

import java.util.List;
import java.util.Map;
import org.invar.cloudformation.resolve.Val;
import org.invar.model.EntityBuilder;
import org.invar.model.Value;

/**
 * Security groups with their inline rules, and the standalone {@code SecurityGroupIngress} /
 * {@code SecurityGroupEgress} resources. Inline rules become {@code ingress}/{@code egress}
 * entities with ids {@code <group>/ingress/<n>}. A group without inline egress rules gets AWS's
 * default rule (all traffic to 0.0.0.0/0) as {@code <group>/egress/default}. A rule for all
 * protocols ({@code -1}) without ports covers ports 0 to 65535. Protocols read as AWS reports them
 * ({@code TCP} and {@code 6} are {@code tcp}).
 */
final class SecurityGroupMappers {
    private SecurityGroupMappers() {
    }

    static void register(Map<String, ResourceMapper> mappers) {
        mappers.put("AWS::EC2::SecurityGroup", SecurityGroupMappers::group);
        mappers.put("AWS::EC2::SecurityGroupIngress", (ctx, r, e) -> standalone(ctx, r, e, "SourceSecurityGroupId"));
        mappers.put("AWS::EC2::SecurityGroupEgress", (ctx, r, e) -> standalone(ctx, r, e, "DestinationSecurityGroupId"));
    }

    private static void group(MappingContext ctx, Placed r, EntityBuilder e) {
        e.unknown("id", NetworkMappers.DEPLOY_TIME_ID);
        Values.put(e, "name", Values.string(r.prop("GroupName")),
                Value.unknown("CloudFormation generates the group name at deploy time"));
        Val vpc = r.prop("VpcId");
        if (Values.absent(vpc)) {
            e.unknownRelation("vpc", "the group has no VpcId, so it is in the region's default VPC");
        } else {
            ctx.links.relate(e, "vpc", vpc);
        }
        inline(ctx, r, e, "ingress", r.prop("SecurityGroupIngress"), "SourceSecurityGroupId");
        Val egress = r.prop("SecurityGroupEgress");
        if (Values.absent(egress)) {
            EntityBuilder all = ctx.part(r, "egress", r.entityId() + "/egress/default");
            all.set("protocol", "-1").set("from_port", 0).set("to_port", 65535).set("cidr", "0.0.0.0/0");
            all.relate("security_group", e.id());
        } else {
            inline(ctx, r, e, "egress", egress, "DestinationSecurityGroupId");
        }
    }

    private static void inline(MappingContext ctx, Placed r, EntityBuilder group, String kind, Val rules, String peerKey) {
        if (Values.absent(rules)) {
            return;
        }
        String why = Values.unknownReason(rules);
        if (why != null) {
            group.unknownRelation(kind, why);
            return;
        }
        List<Val> items = Values.items(rules);
        for (int i = 0; i < items.size(); i++) {
            EntityBuilder rule = ctx.part(r, kind, r.entityId() + "/" + kind + "/" + (i + 1));
            rule.relate("security_group", group.id());
            fill(ctx, rule, items.get(i), peerKey);
        }
    }

    private static void standalone(MappingContext ctx, Placed r, EntityBuilder e, String peerKey) {
        ctx.links.relate(e, "security_group", r.prop("GroupId"));
        if (Values.absent(r.prop("GroupId"))) {
            e.unknownRelation("security_group", "the rule names its group by GroupName, in the default VPC");
        }
        Map<String, Val> props = new java.util.LinkedHashMap<>();
        for (String key : List.of("IpProtocol", "FromPort", "ToPort", "CidrIp", "CidrIpv6", peerKey)) {
            props.put(key, r.prop(key));
        }
        props.values().removeIf(Values::absent);
        fill(ctx, e, new Val.MapV(props), peerKey);
    }

    /** As AWS reports it: lower-case names, and the common protocol numbers by name. */
    private static Value protocol(Value v) {
        if (!(v instanceof Value.Str s)) {
            return v;
        }
        String p = s.value().strip().toLowerCase(java.util.Locale.ROOT);
        return Value.of(switch (p) {
            case "6" -> "tcp";
            case "17" -> "udp";
            case "1" -> "icmp";
            case "58" -> "icmpv6";
            default -> p;
        });
    }

    private static void fill(MappingContext ctx, EntityBuilder rule, Val v, String peerKey) {
        Value protocol = protocol(Values.string(Values.at(v, "IpProtocol")));
        Values.put(rule, "protocol", protocol);
        boolean all = protocol instanceof Value.Str p && (p.value().equals("-1") || p.value().equalsIgnoreCase("all"));
        Values.put(rule, "from_port", Values.integer(Values.at(v, "FromPort")), all ? Value.of(0L) : null);
        Values.put(rule, "to_port", Values.integer(Values.at(v, "ToPort")), all ? Value.of(65535L) : null);
        if (!Values.put(rule, "cidr", Values.string(Values.at(v, "CidrIp")))) {
            Values.put(rule, "cidr", Values.string(Values.at(v, "CidrIpv6")));
        }
        ctx.links.relate(rule, "peer", Values.at(v, peerKey));
    }
}
