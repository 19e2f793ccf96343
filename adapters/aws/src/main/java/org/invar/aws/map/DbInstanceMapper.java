package org.invar.aws.map;

import java.util.List;
import org.invar.aws.scan.RdsSnapshot;
import org.invar.aws.scan.ScanScope;
import org.invar.model.EntityBuilder;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.Subnet;
import software.amazon.awssdk.services.rds.model.VpcSecurityGroupMembership;

/**
 * RDS DB instances: engine, availability and protection settings, port, the subnets of their
 * subnet group, their VPC security groups, and their zone (and the standby's, when Multi-AZ).
 */
final class DbInstanceMapper {
    private DbInstanceMapper() {
    }

    static void map(MappingContext ctx, ScanScope scope, RdsSnapshot rds) {
        ctx.listing(scope, "db_instance", rds.instances());
        for (DBInstance db : rds.instances().orElse(List.of())) {
            EntityBuilder e = ctx.entity(scope, "db_instance", db.dbInstanceArn());
            Put.str(e, "id", db.dbInstanceIdentifier());
            Put.str(e, "engine", db.engine());
            Put.bool(e, "multi_az", db.multiAZ());
            Put.bool(e, "publicly_accessible", db.publiclyAccessible());
            Put.bool(e, "storage_encrypted", db.storageEncrypted());
            Put.bool(e, "deletion_protection", db.deletionProtection());
            Put.num(e, "port", db.endpoint() != null && db.endpoint().port() != null ? db.endpoint().port()
                    : db.dbInstancePort());
            if (db.dbSubnetGroup() != null) {
                for (Subnet s : db.dbSubnetGroup().subnets()) {
                    Put.relate(e, "subnet", s.subnetIdentifier());
                }
            }
            for (VpcSecurityGroupMembership g : db.vpcSecurityGroups()) {
                Put.relate(e, "security_group", g.vpcSecurityGroupId());
            }
            for (String zone : new String[] {db.availabilityZone(), db.secondaryAvailabilityZone()}) {
                if (zone != null) {
                    e.relate("az", ctx.zones.zone(scope, zone));
                }
            }
        }
    }
}
