package org.invar.derive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;
import org.invar.model.Value;

/**
 * {@code az.running_tasks}: the ECS tasks running in an AZ, so rules can ask whether tasks are
 * spread or bunched ({@code count} and {@code sum} over AZs), and what an AZ's failure costs.
 *
 * <ul>
 *   <li>Live: the {@code ecs_task}s with {@code last_status == "RUNNING"} whose {@code az} is
 *       this AZ (the AZ of the task's subnet when the task has no {@code az}).</li>
 *   <li>Static: for each service that is not live (no {@code running_count}, no tasks), the
 *       guaranteed minimum it runs in this AZ, {@code floor(desired_count / az_count)} in each
 *       AZ of its subnets (see {@link Spread}); the sum over services.</li>
 * </ul>
 * A model may hold both (live and static services); each service is counted one way.
 *
 * <p>Unknown, with the reason, in an AZ where a task that is or may be running may be (its
 * {@code last_status} unknown or missing; its AZ unknown or missing, which concerns every AZ),
 * or a static service's placement is unknown (its {@code desired_count} unknown, its AZs
 * unknown), or a static service that places tasks here may not exist.
 */
public final class RunningTasks {
    static final String RUNNING = "RUNNING";

    private RunningTasks() {
    }

    static boolean applies(ModelBuilder model) {
        return Fields.present(model.schema(), "az.running_tasks", "ecs_task.last_status", "ecs_task.az",
                "ecs_service.desired_count", "ecs_service.subnet", "subnet.az");
    }

    static void apply(ModelBuilder model, ZoneIdentity identity) {
        Map<String, Long> counts = new HashMap<>();
        Map<String, Reasons.Causes> unknown = new HashMap<>();
        Reasons.Causes everywhere = new Reasons.Causes();

        for (EntityBuilder task : model.entities("ecs_task")) {
            Value status = task.attribute("last_status").orElse(null);
            String maybe = null;
            if (status instanceof Value.Str s) {
                if (!s.value().equals(RUNNING)) {
                    continue;
                }
            } else {
                maybe = status instanceof Value.Unknown u ? Reasons.unknown(task, "last_status", u.reason())
                        : Reasons.missing(task, "last_status");
            }
            List<EntityBuilder> azs = Graph.related(model, task, "az");
            String azUnknown = task.unknownRelation("az").map(r -> Reasons.unknown(task, "az", r)).orElse(null);
            if (azs.isEmpty() && azUnknown == null) {
                EntityBuilder subnet = Graph.one(model, task, "subnet");
                if (subnet != null) {
                    azs = Graph.related(model, subnet, "az");
                    azUnknown = subnet.unknownRelation("az").map(r -> Reasons.unknown(subnet, "az", r)).orElse(null);
                }
                if (azs.isEmpty() && azUnknown == null) {
                    azUnknown = Reasons.missing(task, "az");
                }
            }
            if (azs.isEmpty()) {
                everywhere.add(maybe != null ? maybe : azUnknown);
                continue;
            }
            for (EntityBuilder az : azs) {
                if (maybe == null) {
                    counts.merge(az.id(), 1L, Long::sum);
                } else {
                    unknown.computeIfAbsent(az.id(), k -> new Reasons.Causes()).add(maybe);
                }
            }
        }

        for (EntityBuilder service : model.entities("ecs_service")) {
            if (Spread.liveService(service)) {
                continue;
            }
            Spread spread = Spread.ofService(model, identity, service);
            if (spread.unknown() != null) {
                if (spread.anywhere()) {
                    everywhere.add(spread.unknown());
                } else {
                    spread.azs().forEach(az -> unknown.computeIfAbsent(az, k -> new Reasons.Causes())
                            .add(spread.unknown()));
                }
                continue;
            }
            if (spread.perAz() == 0) {
                continue;
            }
            String existence = service.existenceUnknown().map(r -> Reasons.mayNotExist(service, r)).orElse(null);
            for (String az : spread.azs()) {
                if (existence == null) {
                    counts.merge(az, spread.perAz(), Long::sum);
                } else {
                    unknown.computeIfAbsent(az, k -> new Reasons.Causes()).add(existence);
                }
            }
        }

        java.util.Set<String> withTasks = new java.util.TreeSet<>(unknown.keySet());
        counts.forEach((az, n) -> {
            if (n > 0) {
                withTasks.add(az);
            }
        });
        for (EntityBuilder az : model.entities("az")) {
            Reasons.Causes causes = new Reasons.Causes();
            causes.addAll(everywhere);
            Reasons.Causes here = unknown.get(az.id());
            if (here != null) {
                causes.addAll(here);
            }
            String twin = identity.firstAmong(az.id(), withTasks);
            if (twin != null) {
                causes.add(ZoneIdentity.sameReason(model, az.id(), twin) + ", where tasks may run");
            }
            az.setDerived("running_tasks", causes.isEmpty() ? Value.of(counts.getOrDefault(az.id(), 0L))
                    : causes.unknown());
        }
    }
}
