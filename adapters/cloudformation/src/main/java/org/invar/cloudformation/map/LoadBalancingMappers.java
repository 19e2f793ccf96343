package org.invar.cloudformation.map;

import java.util.List;
import java.util.Map;
import org.invar.cloudformation.resolve.Val;
import org.invar.model.EntityBuilder;
import org.invar.model.Value;

/**
 * Elastic Load Balancing v2: load balancers (subnets from {@code Subnets} and
 * {@code SubnetMappings}; {@code Type} defaults to application, {@code Scheme} to
 * internet-facing), target groups and the targets they list, listeners and listener rules (whose
 * forward actions add to their listener's target groups).
 */
final class LoadBalancingMappers {
    private LoadBalancingMappers() {
    }

    static void register(Map<String, ResourceMapper> mappers) {
        mappers.put("AWS::ElasticLoadBalancingV2::LoadBalancer", LoadBalancingMappers::loadBalancer);
        mappers.put("AWS::ElasticLoadBalancingV2::TargetGroup", LoadBalancingMappers::targetGroup);
        mappers.put("AWS::ElasticLoadBalancingV2::Listener", LoadBalancingMappers::listener);
        mappers.put("AWS::ElasticLoadBalancingV2::ListenerRule", LoadBalancingMappers::listenerRule);
    }

    private static void loadBalancer(MappingContext ctx, Placed r, EntityBuilder e) {
        Values.put(e, "name", Values.string(r.prop("Name")),
                Value.unknown("CloudFormation generates the load balancer name at deploy time"));
        Value type = Values.string(r.prop("Type"));
        Values.put(e, "type", type, Value.of("application"));
        Values.put(e, "scheme", Values.string(r.prop("Scheme")), Value.of("internet-facing"));
        ctx.links.relate(e, "subnet", r.prop("Subnets"));
        Val mappings = r.prop("SubnetMappings");
        String why = Values.unknownReason(mappings);
        if (why != null) {
            e.unknownRelation("subnet", why);
        }
        for (Val mapping : Values.items(mappings)) {
            ctx.links.relate(e, "subnet", Values.at(mapping, "SubnetId"));
        }
        ctx.links.relate(e, "security_group", r.prop("SecurityGroups"));
        Val attributes = r.prop("LoadBalancerAttributes");
        Value crossZone = attribute(attributes, "load_balancing.cross_zone.enabled");
        boolean application = type == null || type instanceof Value.Str t && t.value().equals("application");
        if (application) {
            // Cross-zone load balancing is always on for an ALB; the attribute does not apply to it.
            e.set("cross_zone", true);
            Values.put(e, "drop_invalid_header_fields",
                    attribute(attributes, "routing.http.drop_invalid_header_fields.enabled"), Value.of(false));
        } else if (type instanceof Value.Str) {
            Values.put(e, "cross_zone", crossZone, Value.of(false));
        } else {
            e.set("cross_zone", type);
        }
    }

    /** A load balancer attribute as a boolean, from {@code [{Key, Value}]}; null when not set. */
    private static Value attribute(Val attributes, String key) {
        String why = Values.unknownReason(attributes);
        if (why != null) {
            return Value.unknown(why);
        }
        for (Val a : Values.items(attributes)) {
            Val k = Values.at(a, "Key");
            if (key.equals(Values.text(k))) {
                return Values.bool(Values.at(a, "Value"));
            }
            if (Values.text(k) == null) {
                return Value.unknown("a load balancer attribute's key is not known");
            }
        }
        return null;
    }

    private static void targetGroup(MappingContext ctx, Placed r, EntityBuilder e) {
        Values.put(e, "name", Values.string(r.prop("Name")),
                Value.unknown("CloudFormation generates the target group name at deploy time"));
        Values.put(e, "target_type", Values.string(r.prop("TargetType")), Value.of("instance"));
        Values.put(e, "protocol", Values.string(r.prop("Protocol")));
        Values.put(e, "port", Values.integer(r.prop("Port")));
        if (!Values.put(e, "health_check_path", Values.string(r.prop("HealthCheckPath")))) {
            Values.put(e, "health_check_path", defaultHealthCheckPath(r));
        }
        targets(ctx, r, e);
    }

    /**
     * {@code Targets: [{Id, Port, AvailabilityZone}]}: targets the template registers itself, health
     * {@code predicted} (a template does not know health; a static registration is what will be
     * there), on their own port or the group's, in {@code AvailabilityZone} when it names one,
     * else in the zone of the instance {@code Id} refers to, else in an unknown zone. A group with
     * such targets counts them as its own: the engine then predicts none for services registered
     * in it too.
     */
    private static void targets(MappingContext ctx, Placed r, EntityBuilder group) {
        Val targets = r.prop("Targets");
        if (Values.absent(targets)) {
            return;
        }
        String why = Values.unknownReason(targets);
        if (why != null) {
            group.unknownRelation("target", why);
            return;
        }
        List<Val> items = Values.items(targets);
        for (int i = 0; i < items.size(); i++) {
            Val item = items.get(i);
            EntityBuilder target = ctx.part(r, "target", r.entityId() + "/target/" + (i + 1));
            target.set("health", "predicted").relate("target_group", group.id());
            if (!Values.put(target, "port", Values.integer(Values.at(item, "Port")))) {
                Values.put(target, "port", Values.integer(r.prop("Port")));
            }
            Val zone = Values.at(item, "AvailabilityZone");
            if (!Values.absent(zone) && !"all".equals(Values.text(zone))) {
                ctx.azs.relate(target, "az", zone);
                continue;
            }
            Val id = Values.at(item, "Id");
            Placed instance = ctx.links.resourceOf(id);
            if (instance != null && instance.type().equals("AWS::EC2::Instance")) {
                // After the instance's own zone, which may itself come from its subnet afterwards.
                ctx.afterwards(() -> ctx.afterwards(() -> MappingContext.copyRelation(
                        ctx.builder.find("instance", instance.entityId()).orElseThrow(), "az", target, "az")));
            } else {
                String named = Values.text(id);
                target.unknownRelation("az", "the target " + (named != null ? named + " " : "")
                        + "is not an instance whose AZ this template tells");
            }
        }
    }

    /**
     * ELBv2's default path, {@code /}, when the health check speaks HTTP or HTTPS (its own protocol,
     * else the target group's) over HTTP/1 or HTTP/2; gRPC and TCP health checks have no such default here.
     */
    private static Value defaultHealthCheckPath(Placed r) {
        Value protocol = Values.string(r.prop("HealthCheckProtocol"));
        if (protocol == null) {
            protocol = Values.string(r.prop("Protocol"));
        }
        Value version = Values.string(r.prop("ProtocolVersion"));
        boolean http = protocol instanceof Value.Str p && p.value().toUpperCase(java.util.Locale.ROOT).startsWith("HTTP");
        boolean grpc = version instanceof Value.Str v && v.value().equalsIgnoreCase("GRPC");
        return http && !grpc && !(version instanceof Value.Unknown) ? Value.of("/") : null;
    }

    private static void listener(MappingContext ctx, Placed r, EntityBuilder e) {
        ctx.links.relate(e, "load_balancer", r.prop("LoadBalancerArn"));
        Values.put(e, "port", Values.integer(r.prop("Port")));
        Values.put(e, "protocol", Values.string(r.prop("Protocol")));
        ForwardActions.relate(ctx, e, r.prop("DefaultActions"), null);
    }

    private static void listenerRule(MappingContext ctx, Placed r, EntityBuilder none) {
        Links.Targets listeners = ctx.links.targets(r.prop("ListenerArn"), "listener");
        for (String id : listeners.ids()) {
            EntityBuilder listener = ctx.builder.find("listener", id).orElseThrow();
            ForwardActions.relate(ctx, listener, r.prop("Actions"), r.existenceUnknown().orElse(null));
        }
    }
}
