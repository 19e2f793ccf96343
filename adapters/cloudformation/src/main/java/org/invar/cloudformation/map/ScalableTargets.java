package org.invar.cloudformation.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.resolve.Val;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;
import org.invar.model.Value;

/**
 * Application Auto Scaling of ECS services: an {@code AWS::ApplicationAutoScaling::ScalableTarget}
 * with {@code ServiceNamespace: ecs} and {@code ScalableDimension: ecs:service:DesiredCount} lets
 * the service's task count go down to {@code MinCapacity}, so that is what its
 * {@code ecs_service.min_capacity} says ({@code desired_count} stays the count it starts with).
 *
 * <p>Which service a target scales is read from its {@code ResourceId}
 * ({@code service/<cluster>/<service name>}):
 * <ul>
 *   <li>when the id refers to one service of the target's stack ({@code !GetAtt Service.Name},
 *       {@code !Ref Service}, {@code ${Service.Name}} in a {@code Sub}), that service;</li>
 *   <li>else when its last segment is a literal name, the services with that name; a service
 *       whose name is not known may be it;</li>
 *   <li>else any service may be it. A service that a target may scale has an unknown
 *       {@code min_capacity}, saying which target and why; as does one scaled by a target whose
 *       {@code MinCapacity} is not known, or which may not exist.</li>
 * </ul>
 * A target that names no service of the template is noted; its service is elsewhere.
 */
final class ScalableTargets {
    static final String TYPE = "AWS::ApplicationAutoScaling::ScalableTarget";
    private static final String SERVICE = "AWS::ECS::Service";
    private static final Pattern SUB_NAME = Pattern.compile("\\$\\{([^!}][^}]*)}");

    private ScalableTargets() {
    }

    /** Sets {@code min_capacity} of the services the template's scalable targets scale. */
    static void apply(MappingContext ctx, String file) {
        List<Placed> services = ctx.placed.values().stream().filter(p -> p.type().equals(SERVICE)).toList();
        Map<String, List<String>> certain = new LinkedHashMap<>();
        Map<String, List<String>> possible = new LinkedHashMap<>();
        for (Placed target : ctx.placed.values()) {
            if (!target.type().equals(TYPE) || !scalesEcsServices(target)) {
                continue;
            }
            Scaled scaled = scaled(target, services);
            scaled.certain().forEach(s -> certain.computeIfAbsent(s, k -> new ArrayList<>()).add(target.entityId()));
            scaled.possible().forEach(s -> possible.computeIfAbsent(s, k -> new ArrayList<>())
                    .add("scalable target " + target.entityId() + " may scale it: " + scaled.why()));
            if (scaled.certain().isEmpty() && scaled.possible().isEmpty()) {
                ctx.builder.note(file + ": scalable target " + target.entityId() + " (" + target.origin().display()
                        + ") scales " + scaled.why() + ", no ECS service of this template, so no service's"
                        + " min_capacity comes from it");
            }
        }
        for (Placed service : services) {
            EntityBuilder e = ctx.builder.find("ecs_service", service.entityId()).orElseThrow();
            List<String> by = certain.getOrDefault(service.entityId(), List.of());
            if (by.size() > 1) {
                e.unknown("min_capacity", "scalable targets " + String.join(" and ", by) + " both scale it");
            } else if (by.size() == 1) {
                e.set("min_capacity", minCapacity(ctx.placed.get(by.get(0))));
            } else if (possible.containsKey(service.entityId())) {
                e.unknown("min_capacity", possible.get(service.entityId()).get(0));
            }
        }
    }

    /** Whether the target scales the desired count of ECS services, or may. */
    private static boolean scalesEcsServices(Placed target) {
        String namespace = Values.text(target.prop("ServiceNamespace"));
        String dimension = Values.text(target.prop("ScalableDimension"));
        return (namespace == null || namespace.equals("ecs"))
                && (dimension == null || dimension.equals("ecs:service:DesiredCount"));
    }

    private static Value minCapacity(Placed target) {
        Value min = Values.integer(target.prop("MinCapacity"));
        if (min == null) {
            min = Value.unknown("scalable target " + target.entityId() + " gives no MinCapacity");
        }
        if (target.existenceUnknown().isPresent()) {
            return Value.unknown("scalable target " + target.entityId() + " may not exist: "
                    + target.existenceUnknown().get());
        }
        return min;
    }

    /**
     * The services a target certainly scales, those it may, and (for those it may, or when it
     * names none) what its id says.
     */
    private record Scaled(Set<String> certain, Set<String> possible, String why) {
    }

    private static Scaled scaled(Placed target, List<Placed> services) {
        Node id = target.resource().property("ResourceId").orElse(null);
        Set<String> referred = new LinkedHashSet<>();
        if (id != null) {
            referredResources(id, referred);
        }
        Set<String> inStack = new LinkedHashSet<>();
        for (String logicalId : referred) {
            var r = target.scope().template().resources().get(logicalId);
            if (r != null && r.type().equals(SERVICE)) {
                inStack.add(target.scope().entityId(logicalId));
            }
        }
        if (inStack.size() == 1) {
            return new Scaled(inStack, Set.of(), null);
        }
        Val value = target.prop("ResourceId");
        if (!(value instanceof Val.Str s)) {
            String why = Values.absent(value) ? "it has no ResourceId"
                    : "its ResourceId is not known (" + Values.unknownReason(value) + ")";
            return new Scaled(Set.of(), ids(services), why);
        }
        String literal = s.literal().orElse(null);
        if (literal != null && !literal.startsWith("service/")) {
            return new Scaled(Set.of(), Set.of(), "'" + literal + "'");
        }
        String name = lastSegment(s);
        if (name == null) {
            return new Scaled(Set.of(), ids(services), "its ResourceId names a service not known before deploy ("
                    + s.unknownReason().orElse("") + ")");
        }
        Set<String> named = new LinkedHashSet<>();
        Set<String> maybe = new LinkedHashSet<>();
        for (Placed service : services) {
            Val serviceName = service.prop("ServiceName");
            String known = Values.text(serviceName);
            if (name.equals(known)) {
                named.add(service.entityId());
            } else if (known == null) {
                maybe.add(service.entityId());
            }
        }
        if (!named.isEmpty()) {
            return new Scaled(named, Set.of(), null);
        }
        if (!maybe.isEmpty()) {
            return new Scaled(Set.of(), maybe, "its ResourceId names the service " + name
                    + ", and this service's name is not known before deploy");
        }
        return new Scaled(Set.of(), Set.of(), literal != null ? "'" + literal + "'" : "a service named " + name);
    }

    private static Set<String> ids(List<Placed> services) {
        Set<String> ids = new LinkedHashSet<>();
        services.forEach(s -> ids.add(s.entityId()));
        return ids;
    }

    /** The literal text after the last {@code /}, when the id ends in literal text that has one. */
    private static String lastSegment(Val.Str s) {
        Val.Part last = s.parts().get(s.parts().size() - 1);
        if (!(last instanceof Val.Part.Lit lit) || lit.text().indexOf('/') < 0) {
            return null;
        }
        String name = lit.text().substring(lit.text().lastIndexOf('/') + 1);
        return name.isEmpty() ? null : name;
    }

    /**
     * Logical ids a value refers to as written: {@code Ref}, {@code Fn::GetAtt}, and {@code ${X}}
     * or {@code ${X.Attr}} in a {@code Fn::Sub}.
     */
    private static void referredResources(Node n, Set<String> ids) {
        if (n instanceof Node.Sequence seq) {
            seq.items().forEach(item -> referredResources(item, ids));
            return;
        }
        if (!(n instanceof Node.Mapping m)) {
            return;
        }
        Node.Entry call = m.single().orElse(null);
        if (call != null && call.key().equals("Ref") && call.value() instanceof Node.Scalar s) {
            ids.add(s.text());
        } else if (call != null && call.key().equals("Fn::GetAtt")) {
            Node arg = call.value();
            String text = arg instanceof Node.Scalar s ? s.text()
                    : arg instanceof Node.Sequence seq && !seq.items().isEmpty()
                            && seq.items().get(0) instanceof Node.Scalar first ? first.text() : "";
            ids.add(text.contains(".") && arg instanceof Node.Scalar ? text.substring(0, text.indexOf('.')) : text);
        } else if (call != null && call.key().equals("Fn::Sub")) {
            Node template = call.value() instanceof Node.Sequence seq && !seq.items().isEmpty()
                    ? seq.items().get(0) : call.value();
            if (template instanceof Node.Scalar s) {
                Matcher names = SUB_NAME.matcher(s.text());
                while (names.find()) {
                    String name = names.group(1).strip();
                    ids.add(name.contains(".") ? name.substring(0, name.indexOf('.')) : name);
                }
            }
            if (call.value() instanceof Node.Sequence seq && seq.items().size() > 1) {
                referredResources(seq.items().get(1), ids);
            }
        } else {
            m.entries().values().forEach(e -> referredResources(e.value(), ids));
        }
    }
}
