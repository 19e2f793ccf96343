package org.invar.aws.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.aws.scan.EcsClusterSnapshot;
import org.invar.aws.scan.ScanScope;
import org.invar.aws.scan.TaskNetworkInterface;
import org.invar.model.EntityBuilder;
import software.amazon.awssdk.services.ecs.model.Task;

/**
 * The running tasks of one cluster (those whose desired status is RUNNING). A task's service is
 * the one its group names ({@code service:NAME}); its subnet and private IP come from its
 * network interface attachment (awsvpc), else from its container instance's EC2 instance; its
 * zone from {@code availabilityZone}, else from its subnet (an emulator may leave the zone out).
 * The attachment lets targets registered by IP find their zone: it names the subnet that holds
 * the IP, whatever the subnet's CIDR says.
 */
final class EcsTaskMapper {
    private static final String SERVICE_GROUP = "service:";

    private EcsTaskMapper() {
    }

    static void map(MappingContext ctx, ScanScope scope, EcsClusterSnapshot parts, Map<String, String> services) {
        String scopeKey = scope.account() + " " + scope.region();
        if (!parts.tasks().isOk()) {
            // A target's IP may be one of these tasks': the reason says so when nothing else places it.
            ctx.network.tasksUnread(scopeKey, parts.tasks().reason());
        }
        if (!parts.taskArns().isOk()) {
            ctx.listingFailed(scope, "ecs_task", parts.taskArns().reason());
            ctx.model.find("ecs_cluster", parts.clusterArn()).ifPresent(cluster ->
                    Unlisted.of(ctx, scope, "ecs_task", cluster, parts.taskArns().reason()));
            for (String service : services.values()) {
                ctx.model.find("ecs_service", service).ifPresent(s -> s.unknownRelation("ecs_task",
                        parts.taskArns().reason()));
            }
            return;
        }
        Map<String, Task> described = new HashMap<>();
        parts.tasks().orElse(List.of()).forEach(t -> described.put(t.taskArn(), t));
        Map<String, String> hosts = new HashMap<>();
        parts.containerInstances().orElse(List.of()).forEach(ci -> hosts.put(ci.containerInstanceArn(),
                ci.ec2InstanceId()));
        for (String arn : parts.taskArns().get()) {
            EntityBuilder e = ctx.entity(scope, "ecs_task", arn);
            Task t = described.get(arn);
            if (t == null) {
                Unknowns.fill(e, parts.tasks().isOk() ? "ecs:DescribeTasks did not describe it " + scope.where()
                        : parts.tasks().reason());
                continue;
            }
            task(ctx, scope, e, t, services, hosts);
        }
    }

    private static void task(MappingContext ctx, ScanScope scope, EntityBuilder e, Task t,
                             Map<String, String> services, Map<String, String> hosts) {
        Put.str(e, "last_status", t.lastStatus());
        Put.str(e, "health_status", t.healthStatusAsString());
        if (t.group() != null && t.group().startsWith(SERVICE_GROUP)) {
            Put.relate(e, "ecs_service", services.get(t.group().substring(SERVICE_GROUP.length())));
        }
        String reported = t.availabilityZone() == null ? null : ctx.zones.zone(scope, t.availabilityZone());
        Optional<TaskNetworkInterface> eni = TaskNetworkInterface.of(t);
        String subnet = eni.map(TaskNetworkInterface::subnetId).orElse(null);
        if (subnet == null && t.containerInstanceArn() != null) {
            String host = hosts.get(t.containerInstanceArn());
            subnet = host == null ? null : ctx.network.instanceSubnet(host).orElse(null);
        }
        Put.relate(e, "subnet", subnet);
        Put.relate(e, "az", reported != null ? reported
                : subnet == null ? null : ctx.network.subnetZone(subnet).orElse(null));
        String ip = eni.map(TaskNetworkInterface::privateIpv4Address).orElse(null);
        if (ip != null) {
            ctx.network.taskAddress(scope.account() + " " + scope.region(), ip,
                    new NetworkIndex.TaskAddress(eni.get().subnetId(), reported));
        }
    }
}
