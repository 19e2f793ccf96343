package org.invar.aws.map;

import java.util.List;
import org.invar.aws.scan.Ec2Snapshot;
import org.invar.aws.scan.ScanScope;
import org.invar.model.EntityBuilder;
import software.amazon.awssdk.services.ec2.model.Route;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociation;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Vpc;

/**
 * Route tables with their main flag, explicit subnet associations and routes. A route's
 * {@code target_type} comes from whichever target field is set, named as the CloudFormation
 * adapter names them; {@code GatewayId} is an internet gateway unless it is {@code local}, a VPN
 * gateway ({@code vgw-}) or a gateway endpoint ({@code vpce-}). A blackhole route (its target
 * deleted) has {@code target_type} {@code blackhole}: it sends nothing anywhere.
 */
final class RouteTableMapper {
    private RouteTableMapper() {
    }

    static void map(MappingContext ctx, ScanScope scope, Ec2Snapshot ec2) {
        ctx.listing(scope, "route_table", ec2.routeTables());
        if (!ec2.routeTables().isOk()) {
            String reason = ec2.routeTables().reason();
            for (Subnet s : ec2.subnets().orElse(List.of())) {
                ctx.model.find("subnet", s.subnetId()).ifPresent(e -> e.unknownRelation("route_table", reason));
            }
            for (Vpc v : ec2.vpcs().orElse(List.of())) {
                ctx.model.find("vpc", v.vpcId()).ifPresent(e -> e.unknownRelation("route_table", reason));
            }
            return;
        }
        for (RouteTable t : ec2.routeTables().get()) {
            EntityBuilder e = ctx.entity(scope, "route_table", t.routeTableId());
            e.set("id", t.routeTableId());
            e.set("main", t.associations().stream().anyMatch(a -> Boolean.TRUE.equals(a.main())));
            Put.relate(e, "vpc", t.vpcId());
            for (RouteTableAssociation a : t.associations()) {
                Put.relate(e, "subnet", a.subnetId());
            }
            for (Route r : t.routes()) {
                route(ctx, scope, e, r);
            }
        }
    }

    private static void route(MappingContext ctx, ScanScope scope, EntityBuilder table, Route r) {
        String destination = first(r.destinationCidrBlock(), r.destinationIpv6CidrBlock(), r.destinationPrefixListId());
        if (destination == null) {
            return;
        }
        EntityBuilder e = ctx.entity(scope, "route", table.id() + "/" + destination);
        e.origin(table.origin());
        e.set("destination", destination);
        e.relate("route_table", table.id());
        Target t = target(r);
        if (t != null) {
            e.set("target_type", "blackhole".equals(r.stateAsString()) ? "blackhole" : t.type());
            e.set("target_id", t.id());
        }
    }

    private record Target(String type, String id) {
    }

    private static Target target(Route r) {
        if (r.gatewayId() != null) {
            String id = r.gatewayId();
            String type = id.equals("local") ? "local" : id.startsWith("vgw-") ? "vpn_gateway"
                    : id.startsWith("vpce-") ? "vpc_endpoint" : "internet_gateway";
            return new Target(type, id);
        }
        if (r.natGatewayId() != null) {
            return new Target("nat_gateway", r.natGatewayId());
        }
        if (r.transitGatewayId() != null) {
            return new Target("transit_gateway", r.transitGatewayId());
        }
        if (r.instanceId() != null) {
            return new Target("instance", r.instanceId());
        }
        if (r.vpcPeeringConnectionId() != null) {
            return new Target("vpc_peering", r.vpcPeeringConnectionId());
        }
        if (r.egressOnlyInternetGatewayId() != null) {
            return new Target("egress_only_internet_gateway", r.egressOnlyInternetGatewayId());
        }
        if (r.carrierGatewayId() != null) {
            return new Target("carrier_gateway", r.carrierGatewayId());
        }
        if (r.localGatewayId() != null) {
            return new Target("local_gateway", r.localGatewayId());
        }
        if (r.coreNetworkArn() != null) {
            return new Target("core_network", r.coreNetworkArn());
        }
        if (r.networkInterfaceId() != null) {
            return new Target("network_interface", r.networkInterfaceId());
        }
        return null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
