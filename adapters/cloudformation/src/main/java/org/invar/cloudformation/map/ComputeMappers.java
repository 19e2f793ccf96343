package org.invar.cloudformation.map;

import java.util.Map;
import org.invar.cloudformation.resolve.Val;
import org.invar.model.EntityBuilder;
import org.invar.model.Value;

/**
 * EC2 instances and Auto Scaling groups. A group's instance type comes from its launch template
 * ({@code LaunchTemplateData.InstanceType}) or launch configuration; a mixed-instances policy with
 * several override types has no single type (unknown).
 */
final class ComputeMappers {
    private ComputeMappers() {
    }

    static void register(Map<String, ResourceMapper> mappers) {
        mappers.put("AWS::EC2::Instance", ComputeMappers::instance);
        mappers.put("AWS::AutoScaling::AutoScalingGroup", ComputeMappers::group);
    }

    private static void instance(MappingContext ctx, Placed r, EntityBuilder e) {
        e.unknown("id", NetworkMappers.DEPLOY_TIME_ID);
        // m1.small is CloudFormation's documented default instance type.
        Values.put(e, "instance_type", Values.string(r.prop("InstanceType")), Value.of("m1.small"));
        Val subnet = r.prop("SubnetId");
        if (Values.absent(subnet)) {
            Val interfaces = r.prop("NetworkInterfaces");
            subnet = Values.items(interfaces).isEmpty() ? subnet : Values.at(Values.items(interfaces).get(0), "SubnetId");
        }
        ctx.links.relate(e, "subnet", subnet);
        Val az = r.prop("AvailabilityZone");
        if (!Values.absent(az)) {
            ctx.azs.relate(e, "az", az);
        } else {
            ctx.afterwards(() -> {
                for (String subnetId : e.related("subnet")) {
                    MappingContext.copyRelation(ctx.builder.find("subnet", subnetId).orElseThrow(), "az", e, "az");
                }
                if (e.related("subnet").isEmpty() && e.unknownRelation("az").isEmpty()) {
                    e.unknownRelation("az", "the instance names neither a subnet nor an AZ, so AWS picks its AZ");
                }
            });
        }
    }

    private static void group(MappingContext ctx, Placed r, EntityBuilder e) {
        Values.put(e, "name", Values.string(r.prop("AutoScalingGroupName")),
                Value.unknown("CloudFormation generates the group name at deploy time"));
        Values.put(e, "min_size", Values.integer(r.prop("MinSize")));
        Values.put(e, "max_size", Values.integer(r.prop("MaxSize")));
        Values.put(e, "desired_capacity", Values.integer(r.prop("DesiredCapacity")));
        Values.put(e, "capacity_rebalance", Values.bool(r.prop("CapacityRebalance")), Value.of(false));
        ctx.links.relate(e, "subnet", r.prop("VPCZoneIdentifier"));
        ctx.azs.relate(e, "az", r.prop("AvailabilityZones"));
        Links.Targets groups = ctx.links.targets(r.prop("TargetGroupARNs"), "target_group");
        for (String tg : groups.ids()) {
            EntityBuilder target = ctx.builder.find("target_group", tg).orElseThrow();
            if (r.existenceUnknown().isPresent()) {
                target.unknownRelation("auto_scaling_group", "an Auto Scaling group registered here may not exist: "
                        + r.existenceUnknown().get());
            } else {
                target.relate("auto_scaling_group", e.id());
            }
        }
        Values.put(e, "instance_type", instanceType(ctx, r));
    }

    private static Value instanceType(MappingContext ctx, Placed r) {
        Val mixed = r.prop("MixedInstancesPolicy");
        Val spec = r.prop("LaunchTemplate");
        if (!Values.absent(mixed)) {
            Val overrides = Values.at(mixed, "LaunchTemplate", "Overrides");
            java.util.Set<Val> types = new java.util.LinkedHashSet<>();
            Values.items(overrides).forEach(o -> types.add(Values.at(o, "InstanceType")));
            types.removeIf(Values::absent);
            if (types.size() > 1) {
                return Value.unknown("the group mixes instance types " + Values.items(overrides).size()
                        + " ways (MixedInstancesPolicy)");
            }
            if (types.size() == 1) {
                return Values.string(types.iterator().next());
            }
            spec = Values.at(mixed, "LaunchTemplate", "LaunchTemplateSpecification");
        }
        if (!Values.absent(spec)) {
            Val id = Values.at(spec, "LaunchTemplateId");
            Placed template = ctx.links.resourceOf(Values.absent(id) ? Values.at(spec, "LaunchTemplateName") : id);
            if (template == null) {
                return Value.unknown("the group's launch template is outside the template");
            }
            return Values.string(Values.at(template.prop("LaunchTemplateData"), "InstanceType"));
        }
        Val configuration = r.prop("LaunchConfigurationName");
        if (!Values.absent(configuration)) {
            Placed lc = ctx.links.resourceOf(configuration);
            if (lc == null) {
                return Value.unknown("the group's launch configuration is outside the template");
            }
            return Values.string(lc.prop("InstanceType"));
        }
        return null;
    }
}
