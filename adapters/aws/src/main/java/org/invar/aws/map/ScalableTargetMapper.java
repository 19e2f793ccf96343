package org.invar.aws.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.invar.aws.scan.ApplicationAutoScalingSnapshot;
import org.invar.aws.scan.EcsClusterSnapshot;
import org.invar.aws.scan.EcsSnapshot;
import org.invar.aws.scan.ScanScope;
import org.invar.model.EntityBuilder;
import software.amazon.awssdk.services.applicationautoscaling.model.ScalableTarget;

/**
 * The Application Auto Scaling range of ECS services: {@code min_capacity} is the MinCapacity of
 * the scalable target whose ResourceId, {@code service/<cluster name>/<service name>}, names the
 * service (dimension {@code ecs:service:DesiredCount}). A service no target names has none. When
 * DescribeScalableTargets failed, every listed service of the region has it unknown with the
 * call's reason: any of them may be scaled in below its desired count.
 */
final class ScalableTargetMapper {
    private static final String DIMENSION = "ecs:service:DesiredCount";

    private ScalableTargetMapper() {
    }

    static void map(MappingContext ctx, ScanScope scope, EcsSnapshot ecs, ApplicationAutoScalingSnapshot scaling) {
        Map<String, String> services = byResourceId(ecs);
        if (!scaling.ecsTargets().isOk()) {
            String reason = scaling.ecsTargets().reason();
            for (String arn : services.values()) {
                ctx.model.find("ecs_service", arn).filter(e -> e.attribute("min_capacity").isEmpty())
                        .ifPresent(e -> e.unknown("min_capacity", reason));
            }
            return;
        }
        for (ScalableTarget t : scaling.ecsTargets().get()) {
            String arn = services.get(t.resourceId());
            if (arn == null || !DIMENSION.equals(t.scalableDimensionAsString()) || t.minCapacity() == null) {
                continue;
            }
            ctx.model.find("ecs_service", arn).ifPresent(e -> Put.num(e, "min_capacity", t.minCapacity()));
        }
    }

    /** The region's listed services by the ResourceId a scalable target of theirs has. */
    private static Map<String, String> byResourceId(EcsSnapshot ecs) {
        Map<String, String> byId = new HashMap<>();
        for (EcsClusterSnapshot cluster : ecs.byCluster().values()) {
            Map<String, String> names = new HashMap<>();
            cluster.services().orElse(List.of()).forEach(s -> names.put(s.serviceArn(), s.serviceName()));
            String clusterName = Arns.name(cluster.clusterArn());
            for (String arn : cluster.serviceArns().orElse(List.of())) {
                byId.put("service/" + clusterName + "/" + names.getOrDefault(arn, Arns.name(arn)), arn);
            }
        }
        return byId;
    }
}
