package org.invar.aws.map;

import java.util.Arrays;
import java.util.List;
import org.invar.aws.scan.AutoScalingSnapshot;
import org.invar.aws.scan.ScanScope;
import org.invar.model.EntityBuilder;
import software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup;
import software.amazon.awssdk.services.autoscaling.model.Instance;

/**
 * Auto Scaling groups: sizes, subnets (the VPC zone identifier), zones, instances, the target
 * groups they register in ({@code target_group.auto_scaling_group}) and the capacity providers
 * that manage them. The instance type is not read: it lives in launch templates, which would
 * need another permission.
 */
final class AutoScalingMapper {
    private AutoScalingMapper() {
    }

    static void map(MappingContext ctx, ScanScope scope, AutoScalingSnapshot snapshot) {
        ctx.listing(scope, "auto_scaling_group", snapshot.groups());
        for (AutoScalingGroup g : snapshot.groups().orElse(List.of())) {
            EntityBuilder e = ctx.entity(scope, "auto_scaling_group", g.autoScalingGroupARN());
            Put.str(e, "name", g.autoScalingGroupName());
            Put.num(e, "min_size", g.minSize());
            Put.num(e, "max_size", g.maxSize());
            Put.num(e, "desired_capacity", g.desiredCapacity());
            Put.bool(e, "capacity_rebalance", g.capacityRebalance());
            if (g.vpcZoneIdentifier() != null && !g.vpcZoneIdentifier().isBlank()) {
                Arrays.stream(g.vpcZoneIdentifier().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .forEach(s -> e.relate("subnet", s));
            }
            for (String zone : g.availabilityZones()) {
                e.relate("az", ctx.zones.zone(scope, zone));
            }
            for (Instance i : g.instances()) {
                Put.relate(e, "instance", i.instanceId());
            }
            for (String tg : g.targetGroupARNs()) {
                ctx.stub(scope, "target_group", tg).relate("auto_scaling_group", e.id());
            }
            ctx.capacityProviders(e.id()).forEach(p -> e.relate("capacity_provider", p));
        }
    }
}
