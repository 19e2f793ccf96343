package org.invar.aws.map;

import java.util.List;
import org.invar.aws.scan.BucketSettings;
import org.invar.aws.scan.Fetched;
import org.invar.aws.scan.S3Snapshot;
import org.invar.aws.scan.ScanScope;
import org.invar.model.EntityBuilder;
import software.amazon.awssdk.services.s3.model.Bucket;

/** An account's buckets with versioning, default encryption and the public access block. */
final class BucketMapper {
    private BucketMapper() {
    }

    static void map(MappingContext ctx, ScanScope scope, S3Snapshot s3) {
        ctx.listing(scope, "bucket", s3.buckets());
        for (Bucket b : s3.buckets().orElse(List.of())) {
            EntityBuilder e = ctx.entity(scope, "bucket", b.name());
            e.set("name", b.name());
            BucketSettings settings = s3.settings().get(b.name());
            if (settings != null) {
                put(e, "encrypted", settings.encrypted());
                put(e, "versioning", settings.versioning());
                put(e, "public_access_blocked", settings.publicAccessBlocked());
            }
        }
    }

    private static void put(EntityBuilder e, String attribute, Fetched<Boolean> value) {
        if (value.isOk()) {
            e.set(attribute, (boolean) value.get());
        } else {
            e.unknown(attribute, value.reason());
        }
    }
}
