package org.invar.cloudformation.map;

import java.util.List;
import org.invar.cloudformation.resolve.Symbol;
import org.invar.cloudformation.resolve.Val;
import org.invar.model.EntityBuilder;
import org.invar.model.Value;

/**
 * {@code AWS::EC2::Route}: its table, destination, and the type and id of its target, from
 * whichever target property is set. {@code GatewayId} is an internet gateway, unless it refers to
 * a VPN gateway ({@code AWS::EC2::VPNGateway} or a {@code vgw-} id) or is {@code local}.
 */
final class RouteMapper implements ResourceMapper {
    private record Target(String property, String type) {
    }

    private static final List<Target> TARGETS = List.of(
            new Target("GatewayId", "internet_gateway"),
            new Target("NatGatewayId", "nat_gateway"),
            new Target("TransitGatewayId", "transit_gateway"),
            new Target("InstanceId", "instance"),
            new Target("VpcPeeringConnectionId", "vpc_peering"),
            new Target("NetworkInterfaceId", "network_interface"),
            new Target("EgressOnlyInternetGatewayId", "egress_only_internet_gateway"),
            new Target("VpcEndpointId", "vpc_endpoint"),
            new Target("CarrierGatewayId", "carrier_gateway"),
            new Target("LocalGatewayId", "local_gateway"),
            new Target("CoreNetworkArn", "core_network"));

    @Override
    public void map(MappingContext ctx, Placed r, EntityBuilder e) {
        ctx.links.relate(e, "route_table", r.prop("RouteTableId"));
        for (String destination : List.of("DestinationCidrBlock", "DestinationIpv6CidrBlock", "DestinationPrefixListId")) {
            if (Values.put(e, "destination", Values.string(r.prop(destination)))) {
                break;
            }
        }
        for (Target t : TARGETS) {
            Val v = r.prop(t.property());
            if (Values.absent(v)) {
                continue;
            }
            String why = Values.unknownReason(v);
            if (v instanceof Val.Str s && s.soleSymbol().orElse(null) instanceof Symbol.ResourceRef ref) {
                e.set("target_type", ref.type().equals("AWS::EC2::VPNGateway") && t.type().equals("internet_gateway")
                        ? "vpn_gateway" : t.type());
                e.set("target_id", ref.entityId());
            } else if (v instanceof Val.Str s && s.literal().isPresent()) {
                String id = s.literal().get();
                String type = t.type();
                if (type.equals("internet_gateway") && id.startsWith("vgw-")) {
                    type = "vpn_gateway";
                } else if (type.equals("internet_gateway") && id.equals("local")) {
                    type = "local";
                }
                e.set("target_type", type);
                e.set("target_id", id);
            } else {
                // An id known only at deploy time (an import, a parameter): GatewayId is taken to be
                // an internet gateway, which is what GatewayId routes almost always are.
                e.set("target_type", t.type());
                e.set("target_id", Value.unknown(why != null ? why : "not known"));
            }
            return;
        }
    }
}
