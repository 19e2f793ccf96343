package org.invar.terraform.mapping.ecs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.model.Value;
import org.invar.terraform.mapping.Found;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;
import org.invar.terraform.read.ResourceRecord;

/**
 * {@code aws_appautoscaling_target} of an ECS service's desired count (service namespace
 * {@code ecs}, dimension {@code ecs:service:DesiredCount}): Application Auto Scaling may scale the
 * service in to {@code min_capacity} tasks, whatever its {@code desired_count}, so that is the
 * service's {@code min_capacity}. It makes no entity.
 *
 * <p>The service is named by {@code resource_id}, {@code service/CLUSTER/SERVICE}: when it is known,
 * the service of that name whose cluster has that name; when it is known only after apply, the
 * service the configuration refers to ({@code "service/${aws_ecs_cluster.c.name}/${aws_ecs_service.s.name}"}).
 * When nothing tells which service, every service another target does not name may be the one:
 * each one's {@code min_capacity} is unknown. A target of another namespace or dimension scales no service's task count; one whose
 * namespace or dimension is not known may scale it, which makes its {@code min_capacity} unknown.
 */
public final class ScalableTargetMapper implements ResourceMapper {
    private static final String NAMESPACE = "ecs";
    private static final String DIMENSION = "ecs:service:DesiredCount";

    @Override
    public List<String> types() {
        return List.of("aws_appautoscaling_target");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("service_namespace", "scalable_dimension", "resource_id", "min_capacity");
    }

    @Override
    public String family() {
        return "appautoscaling_target";
    }

    @Override
    public Set<String> namingAttributes() {
        return Set.of("resource_id");
    }

    @Override
    public boolean makesEntity() {
        return false;
    }

    @Override
    public int phase() {
        return 1; // after the services and their clusters
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        String unsure = unsureItScalesTaskCount(r);
        if (!scalesTaskCount(r) && unsure == null) {
            return;
        }
        List<EntityBuilder> services = services(r, ctx);
        for (EntityBuilder service : services) {
            if (unsure != null) {
                service.unknown("min_capacity", r.address() + " may scale " + service.id() + " in: " + unsure);
            } else if (services.size() > 1) {
                service.unknown("min_capacity", r.address() + " scales one of " + String.join(", ",
                        services.stream().map(EntityBuilder::id).toList()) + ", and which is not known");
            } else {
                ctx.copy(r, service).integer("min_capacity", "min_capacity");
            }
        }
    }

    private static boolean scalesTaskCount(Resource r) {
        return NAMESPACE.equals(r.value("service_namespace").string().orElse(null))
                && DIMENSION.equals(r.value("scalable_dimension").string().orElse(null));
    }

    /** Why it may scale a service's task count though that is not certain, or null when it is certain either way. */
    private static String unsureItScalesTaskCount(Resource r) {
        for (String attribute : List.of("service_namespace", "scalable_dimension")) {
            if (r.unknown(attribute)) {
                return "its " + attribute + " is " + r.whyUnknown(attribute);
            }
        }
        return null;
    }

    /** The services its resource_id names: by name when known, else by the configuration's references, else all. */
    private static List<EntityBuilder> services(Resource r, MappingContext ctx) {
        Optional<String> id = r.value("resource_id").string();
        if (id.isPresent() && !r.unknown("resource_id")) {
            return byName(id.get(), ctx);
        }
        Found found = ctx.find(r, "ecs_service", "resource_id");
        List<EntityBuilder> out = new ArrayList<>();
        for (ResourceRecord service : found.records()) { // not found.unmatched(): those are parts of the id
            ctx.find("ecs_service", service.address()).ifPresent(out::add);
        }
        if (out.isEmpty()) {
            // Which service it scales is not known: any of them may be scaled in, but one another
            // target names (a service has one scalable target of its task count).
            String why = r.address() + " may scale it in: its resource_id is " + r.whyUnknown("resource_id");
            ctx.builder().entities("ecs_service").stream()
                    .filter(s -> s.attribute("min_capacity").filter(v -> !(v instanceof Value.Unknown)).isEmpty())
                    .forEach(s -> s.unknown("min_capacity", why));
            return List.of();
        }
        // One service named is the one: the id's other parts (its cluster, which a plan may take
        // from a local it does not describe) do not make it another service.
        return out;
    }

    /** The services a known {@code service/CLUSTER/SERVICE} names: that name, in a cluster of that name (or one not known). */
    private static List<EntityBuilder> byName(String resourceId, MappingContext ctx) {
        String[] parts = resourceId.split("/", -1);
        if (parts.length != 3 || !parts[0].equals("service")) {
            return List.of();
        }
        List<EntityBuilder> out = new ArrayList<>();
        for (EntityBuilder service : ctx.builder().entities("ecs_service")) {
            if (parts[2].equals(text(service, "name")) && inCluster(service, parts[1], ctx)) {
                out.add(service);
            }
        }
        return out;
    }

    /** Whether the service may be in the cluster of this name: no cluster it is in has another name. */
    private static boolean inCluster(EntityBuilder service, String cluster, MappingContext ctx) {
        if (service.related("ecs_cluster").isEmpty()) {
            return service.unknownRelation("ecs_cluster").isPresent() || cluster.equals("default");
        }
        for (String id : service.related("ecs_cluster")) {
            String name = ctx.find("ecs_cluster", id).map(c -> text(c, "name")).orElse(null);
            if (name == null || name.equals(cluster)) {
                return true;
            }
        }
        return false;
    }

    private static String text(EntityBuilder e, String attribute) {
        return e.attribute(attribute).filter(v -> v instanceof Value.Str).map(v -> ((Value.Str) v).value()).orElse(null);
    }
}
