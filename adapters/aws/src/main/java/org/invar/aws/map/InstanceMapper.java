package org.invar.aws.map;

import java.util.List;
import org.invar.aws.scan.Ec2Snapshot;
import org.invar.aws.scan.ScanScope;
import org.invar.model.EntityBuilder;
import software.amazon.awssdk.services.ec2.model.Instance;

/** EC2 instances, in every state (a stopped instance is a fact rules may ask about). */
final class InstanceMapper {
    private InstanceMapper() {
    }

    static void map(MappingContext ctx, ScanScope scope, Ec2Snapshot ec2) {
        ctx.listing(scope, "instance", ec2.instances());
        if (!ec2.instances().isOk()) {
            String reason = ec2.instances().reason();
            ec2.zones().orElse(List.of()).forEach(z -> ctx.model.find("az", ctx.zones.zone(scope, z.zoneName()))
                    .ifPresent(e -> e.unknownRelation("instance", reason)));
            return;
        }
        for (Instance i : ec2.instances().get()) {
            EntityBuilder e = ctx.entity(scope, "instance", i.instanceId());
            e.set("id", i.instanceId());
            Put.str(e, "instance_type", i.instanceTypeAsString());
            if (i.state() != null) {
                Put.str(e, "state", i.state().nameAsString());
            }
            Put.relate(e, "subnet", i.subnetId());
            String zone = i.placement() == null || i.placement().availabilityZone() == null ? null
                    : ctx.zones.zone(scope, i.placement().availabilityZone());
            Put.relate(e, "az", zone);
            ctx.network.instance(i.instanceId(), zone, i.subnetId());
        }
    }
}
