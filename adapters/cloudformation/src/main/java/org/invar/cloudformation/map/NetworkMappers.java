package org.invar.cloudformation.map;

import java.util.Map;
import org.invar.cloudformation.resolve.Val;
import org.invar.model.EntityBuilder;
import org.invar.model.Value;

/**
 * VPCs, subnets, route tables and their associations, gateways: the facts the engine derives a
 * subnet's default route ({@code is_public}) from.
 */
final class NetworkMappers {
    static final String DEPLOY_TIME_ID = "the id is assigned at deploy time";

    private NetworkMappers() {
    }

    static void register(Map<String, ResourceMapper> mappers) {
        mappers.put("AWS::EC2::VPC", NetworkMappers::vpc);
        mappers.put("AWS::EC2::Subnet", NetworkMappers::subnet);
        mappers.put("AWS::EC2::RouteTable", NetworkMappers::routeTable);
        mappers.put("AWS::EC2::SubnetRouteTableAssociation", NetworkMappers::association);
        mappers.put("AWS::EC2::InternetGateway", NetworkMappers::internetGateway);
        mappers.put("AWS::EC2::VPCGatewayAttachment", NetworkMappers::attachment);
        mappers.put("AWS::EC2::NatGateway", NetworkMappers::natGateway);
    }

    private static void vpc(MappingContext ctx, Placed r, EntityBuilder e) {
        e.unknown("id", DEPLOY_TIME_ID);
        Values.put(e, "cidr", Values.string(r.prop("CidrBlock")));
    }

    private static void subnet(MappingContext ctx, Placed r, EntityBuilder e) {
        e.unknown("id", DEPLOY_TIME_ID);
        Values.put(e, "cidr", Values.string(r.prop("CidrBlock")));
        Values.put(e, "map_public_ip_on_launch", Values.bool(r.prop("MapPublicIpOnLaunch")), Value.of(false));
        Values.put(e, "name", Tags.name(r.prop("Tags")));
        ctx.links.relate(e, "vpc", r.prop("VpcId"));
        Val az = r.prop("AvailabilityZone");
        if (!Values.absent(az)) {
            ctx.azs.relate(e, "az", az);
        } else if (!Values.absent(r.prop("AvailabilityZoneId"))) {
            e.unknownRelation("az", "the subnet's AZ is given by id (AvailabilityZoneId), and AZ names per id differ by account");
        } else {
            e.unknownRelation("az", "the subnet has no AvailabilityZone, so AWS picks its AZ at deploy time");
        }
    }

    private static void routeTable(MappingContext ctx, Placed r, EntityBuilder e) {
        e.unknown("id", DEPLOY_TIME_ID);
        // A template cannot create a VPC's main route table: every table it declares is not main.
        e.set("main", false);
        ctx.links.relate(e, "vpc", r.prop("VpcId"));
    }

    private static void association(MappingContext ctx, Placed r, EntityBuilder none) {
        Links.Targets subnets = ctx.links.targets(r.prop("SubnetId"), "subnet");
        Links.Targets tables = ctx.links.targets(r.prop("RouteTableId"), "route_table");
        for (String subnetId : subnets.ids()) {
            EntityBuilder subnet = ctx.builder.find("subnet", subnetId).orElseThrow();
            String unknown = r.existenceUnknown().map(w -> "its route table association may not exist: " + w)
                    .orElse(tables.unknown());
            if (unknown != null) {
                subnet.unknownRelation("route_table", unknown);
            } else {
                subnet.relate("route_table", tables.ids());
            }
        }
    }

    private static void internetGateway(MappingContext ctx, Placed r, EntityBuilder e) {
        e.unknown("id", DEPLOY_TIME_ID);
        // An internet gateway is public by nature; the Terraform and live AWS adapters say so too.
        e.set("connectivity_type", "public");
    }

    private static void attachment(MappingContext ctx, Placed r, EntityBuilder none) {
        for (String igwId : ctx.links.targets(r.prop("InternetGatewayId"), "internet_gateway").ids()) {
            EntityBuilder igw = ctx.builder.find("internet_gateway", igwId).orElseThrow();
            if (r.existenceUnknown().isPresent()) {
                igw.unknownRelation("vpc", "its VPC attachment may not exist: " + r.existenceUnknown().get());
            } else {
                ctx.links.relate(igw, "vpc", r.prop("VpcId"));
            }
        }
    }

    private static void natGateway(MappingContext ctx, Placed r, EntityBuilder e) {
        e.unknown("id", DEPLOY_TIME_ID);
        Values.put(e, "connectivity_type", Values.string(r.prop("ConnectivityType")), Value.of("public"));
        ctx.links.relate(e, "subnet", r.prop("SubnetId"));
        // A NAT gateway is in its subnet's AZ and VPC; the subnet may be mapped after it.
        ctx.afterwards(() -> {
            for (String subnetId : e.related("subnet")) {
                EntityBuilder subnet = ctx.builder.find("subnet", subnetId).orElseThrow();
                MappingContext.copyRelation(subnet, "az", e, "az");
                MappingContext.copyRelation(subnet, "vpc", e, "vpc");
            }
        });
    }
}
