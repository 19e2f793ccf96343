package org.invar.aws.map;

import java.util.List;
import java.util.Set;
import org.invar.aws.scan.Ec2Snapshot;
import org.invar.aws.scan.ScanScope;
import org.invar.model.EntityBuilder;
import software.amazon.awssdk.services.ec2.model.AvailabilityZone;
import software.amazon.awssdk.services.ec2.model.InternetGateway;
import software.amazon.awssdk.services.ec2.model.InternetGatewayAttachment;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.Vpc;

/**
 * The region, its zones, VPCs, subnets, internet gateways and NAT gateways. Zones are learnt
 * first (from DescribeAvailabilityZones and from each subnet's zone id) so every later
 * reference to a zone name finds its zone id.
 */
final class NetworkMapper {
    /** NAT gateways in these states route nothing and are left out, as the console does. */
    private static final Set<String> GONE = Set.of("deleted", "deleting", "failed");

    private NetworkMapper() {
    }

    static void map(MappingContext ctx, ScanScope scope, Ec2Snapshot ec2) {
        learnZones(ctx, scope, ec2);
        vpcs(ctx, scope, ec2);
        subnets(ctx, scope, ec2);
        internetGateways(ctx, scope, ec2);
        natGateways(ctx, scope, ec2);
    }

    private static void learnZones(MappingContext ctx, ScanScope scope, Ec2Snapshot ec2) {
        for (Subnet s : ec2.subnets().orElse(List.of())) {
            ctx.zones.learn(scope, s.availabilityZone(), s.availabilityZoneId());
        }
        String region = ctx.zones.region(scope);
        if (!ec2.zones().isOk()) {
            ctx.listing(scope, "az", ec2.zones());
            ctx.zones.idsUnknown(scope, ec2.zones().reason());
            ctx.model.find("region", region).orElseThrow().unknownRelation("az", ec2.zones().reason());
            return;
        }
        for (AvailabilityZone z : ec2.zones().get()) {
            ctx.zones.learn(scope, z.zoneName(), z.zoneId());
        }
        for (AvailabilityZone z : ec2.zones().get()) {
            ctx.zones.zone(scope, z.zoneName());
        }
    }

    private static void vpcs(MappingContext ctx, ScanScope scope, Ec2Snapshot ec2) {
        ctx.listing(scope, "vpc", ec2.vpcs());
        for (Vpc v : ec2.vpcs().orElse(List.of())) {
            EntityBuilder e = ctx.entity(scope, "vpc", v.vpcId());
            e.set("id", v.vpcId());
            Put.str(e, "cidr", v.cidrBlock());
        }
    }

    private static void subnets(MappingContext ctx, ScanScope scope, Ec2Snapshot ec2) {
        ctx.listing(scope, "subnet", ec2.subnets());
        if (!ec2.subnets().isOk()) {
            // The subnets of this region's VPCs and zones are not known; say so on each.
            String reason = ec2.subnets().reason();
            ec2.vpcs().orElse(List.of()).forEach(v -> ctx.model.find("vpc", v.vpcId())
                    .ifPresent(e -> e.unknownRelation("subnet", reason)));
            ec2.zones().orElse(List.of()).forEach(z -> ctx.model.find("az", ctx.zones.zone(scope, z.zoneName()))
                    .ifPresent(e -> e.unknownRelation("subnet", reason)));
            return;
        }
        for (Subnet s : ec2.subnets().get()) {
            EntityBuilder e = ctx.entity(scope, "subnet", s.subnetId());
            e.set("id", s.subnetId());
            Put.str(e, "name", nameTag(s.tags()));
            Put.str(e, "cidr", s.cidrBlock());
            Put.bool(e, "map_public_ip_on_launch", s.mapPublicIpOnLaunch());
            String zone = s.availabilityZone() == null ? null : ctx.zones.zone(scope, s.availabilityZone());
            Put.relate(e, "az", zone);
            Put.relate(e, "vpc", s.vpcId());
            ctx.network.subnet(s.subnetId(), s.vpcId(), s.cidrBlock(), zone);
        }
    }

    private static void internetGateways(MappingContext ctx, ScanScope scope, Ec2Snapshot ec2) {
        ctx.listing(scope, "internet_gateway", ec2.internetGateways());
        for (InternetGateway g : ec2.internetGateways().orElse(List.of())) {
            EntityBuilder e = ctx.entity(scope, "internet_gateway", g.internetGatewayId());
            e.set("id", g.internetGatewayId());
            e.set("connectivity_type", "public");
            // A gateway is attached to one VPC at most; a detached one has none.
            g.attachments().stream().map(InternetGatewayAttachment::vpcId).findFirst()
                    .ifPresent(vpc -> Put.relate(e, "vpc", vpc));
        }
    }

    private static void natGateways(MappingContext ctx, ScanScope scope, Ec2Snapshot ec2) {
        ctx.listing(scope, "nat_gateway", ec2.natGateways());
        for (NatGateway n : ec2.natGateways().orElse(List.of())) {
            if (GONE.contains(n.stateAsString())) {
                continue;
            }
            EntityBuilder e = ctx.entity(scope, "nat_gateway", n.natGatewayId());
            e.set("id", n.natGatewayId());
            Put.str(e, "connectivity_type", n.connectivityTypeAsString());
            Put.relate(e, "vpc", n.vpcId());
            Put.relate(e, "subnet", n.subnetId());
            if (n.subnetId() != null) {
                ctx.network.subnetZone(n.subnetId()).ifPresent(z -> e.relate("az", z));
            }
        }
    }

    static String nameTag(List<Tag> tags) {
        if (tags == null) {
            return null;
        }
        return tags.stream().filter(t -> "Name".equals(t.key())).map(Tag::value).findFirst().orElse(null);
    }
}
