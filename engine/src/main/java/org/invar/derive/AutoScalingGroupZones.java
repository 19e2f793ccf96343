package org.invar.derive;

import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;

/**
 * {@code auto_scaling_group.az} from its subnets: a group given subnets (CloudFormation's
 * {@code VPCZoneIdentifier}, Terraform's {@code vpc_zone_identifier}) launches into the zones of
 * those subnets, so those are its zones, whatever else the input said. When a subnet's zone is
 * not in the model, or the subnet list is unknown, the relation is unknown with the reason (the
 * known zones kept): {@code count(distinct az)} is then unknown, not smaller.
 *
 * <p>A group without subnets keeps the zones the input gave ({@code AvailabilityZones}); a group
 * with subnets has its zones derived afresh, in the order of its subnets, so that a model file
 * read back gives the same.
 */
public final class AutoScalingGroupZones {
    private AutoScalingGroupZones() {
    }

    static boolean applies(ModelBuilder model) {
        return Fields.present(model.schema(), "auto_scaling_group.subnet", "auto_scaling_group.az", "subnet.az");
    }

    static void apply(ModelBuilder model, ZoneIdentity identity) {
        for (EntityBuilder group : model.entities("auto_scaling_group")) {
            if (group.related("subnet").isEmpty() && group.unknownRelation("subnet").isEmpty()) {
                continue;
            }
            Zones zones = Zones.ofSubnets(model, identity, group, "subnet");
            group.clearRelation("az");
            zones.azs().forEach(az -> group.relateDerived("az", az));
            if (zones.unknown() != null && group.unknownRelation("az").isEmpty()) {
                group.unknownRelationDerived("az", zones.unknown());
            }
        }
    }
}
