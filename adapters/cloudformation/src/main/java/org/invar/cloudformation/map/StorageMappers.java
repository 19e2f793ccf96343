package org.invar.cloudformation.map;

import java.util.Map;
import org.invar.cloudformation.resolve.Val;
import org.invar.model.EntityBuilder;
import org.invar.model.Value;
import org.invar.schema.RdsEnginePorts;

/**
 * RDS instances and S3 buckets.
 *
 * <p>RDS: subnets come from the DB subnet group ({@code DBSubnetGroupName} referring to an
 * {@code AWS::RDS::DBSubnetGroup} of the template); {@code PubliclyAccessible} left out is
 * decided by AWS from the VPC (unknown); the port defaults to the engine's.
 *
 * <p>S3: since January 2023 every new bucket is encrypted (SSE-S3) and since April 2023 blocks
 * public access, so a bucket without {@code BucketEncryption} is encrypted and one without a
 * {@code PublicAccessBlockConfiguration} has public access blocked; a configuration given must
 * set all four blocks for {@code public_access_blocked}.
 */
final class StorageMappers {
    private StorageMappers() {
    }

    static void register(Map<String, ResourceMapper> mappers) {
        mappers.put("AWS::RDS::DBInstance", StorageMappers::dbInstance);
        mappers.put("AWS::S3::Bucket", StorageMappers::bucket);
    }

    private static void dbInstance(MappingContext ctx, Placed r, EntityBuilder e) {
        Values.put(e, "id", Values.string(r.prop("DBInstanceIdentifier")),
                Value.unknown("CloudFormation generates the DB instance identifier at deploy time"));
        Value engine = Values.string(r.prop("Engine"));
        Values.put(e, "engine", engine);
        Values.put(e, "multi_az", Values.bool(r.prop("MultiAZ")), Value.of(false));
        Values.put(e, "publicly_accessible", Values.bool(r.prop("PubliclyAccessible")),
                Value.unknown("PubliclyAccessible is not set, so AWS decides it from the VPC's internet gateway"));
        Values.put(e, "storage_encrypted", Values.bool(r.prop("StorageEncrypted")), Value.of(false));
        Values.put(e, "deletion_protection", Values.bool(r.prop("DeletionProtection")), Value.of(false));
        Value port = Values.integer(r.prop("Port"));
        if (port == null && engine instanceof Value.Str s) {
            port = RdsEnginePorts.defaultPort(s.value()).map(Value::of).orElse(null);
        }
        Values.put(e, "port", port);
        ctx.links.relate(e, "security_group", r.prop("VPCSecurityGroups"));
        Val zone = r.prop("AvailabilityZone");
        if (Values.absent(zone)) {
            // As for a subnet without one: AWS chooses, so the zone is not known before deploy.
            e.unknownRelation("az", "the instance has no AvailabilityZone, so RDS picks its zone among its"
                    + " subnet group's at deploy time");
        } else {
            ctx.azs.relate(e, "az", zone);
        }
        Val group = r.prop("DBSubnetGroupName");
        if (Values.absent(group)) {
            e.unknownRelation("subnet", "the instance has no DBSubnetGroupName, so it is in the default VPC");
            return;
        }
        Placed subnetGroup = ctx.links.resourceOf(group);
        if (subnetGroup != null && subnetGroup.type().equals("AWS::RDS::DBSubnetGroup")) {
            ctx.links.relate(e, "subnet", subnetGroup.prop("SubnetIds"));
        } else {
            String why = Values.unknownReason(group);
            e.unknownRelation("subnet", "the DB subnet group is outside the template" + (why == null ? "" : ": " + why));
        }
    }

    private static void bucket(MappingContext ctx, Placed r, EntityBuilder e) {
        Values.put(e, "name", Values.string(r.prop("BucketName")),
                Value.unknown("CloudFormation generates the bucket name at deploy time"));
        Val versioning = Values.at(r.prop("VersioningConfiguration"), "Status");
        Value status = Values.string(versioning);
        e.set("versioning", status instanceof Value.Str s ? Value.of(s.value().equals("Enabled"))
                : status == null ? Value.of(false) : status);
        Val encryption = r.prop("BucketEncryption");
        String encryptionWhy = Values.unknownReason(encryption);
        e.set("encrypted", encryptionWhy != null ? Value.unknown(encryptionWhy) : Value.of(true));
        Val block = r.prop("PublicAccessBlockConfiguration");
        if (Values.absent(block)) {
            e.set("public_access_blocked", true);
            return;
        }
        Value all = Value.of(true);
        for (String key : new String[] {"BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"}) {
            Value v = Values.bool(Values.at(block, key));
            if (v == null || v instanceof Value.Bool b && !b.value()) {
                all = Value.of(false);
                break;
            }
            if (v instanceof Value.Unknown) {
                all = v;
            }
        }
        e.set("public_access_blocked", all);
    }
}
