package org.invar.aws.scan;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.model.Bucket;

/**
 * What S3 said for one account: its buckets (ListBuckets is global) and each bucket's settings.
 *
 * @param settings by bucket name
 */
public record S3Snapshot(Fetched<List<Bucket>> buckets, Map<String, BucketSettings> settings) {
    public S3Snapshot {
        settings = Map.copyOf(settings);
    }

    public static S3Snapshot failed(CallFailure f) {
        return new S3Snapshot(Fetched.failed(f), Map.of());
    }
}
