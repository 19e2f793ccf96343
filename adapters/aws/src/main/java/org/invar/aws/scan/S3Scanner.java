package org.invar.aws.scan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;

/**
 * Reads an account's buckets and, for each, default encryption, versioning and the public
 * access block. S3 answers "not configured" with an error code; those codes are answers here.
 */
final class S3Scanner {
    private S3Scanner() {
    }

    static S3Snapshot scan(S3Client s3, Calls calls) {
        Fetched<List<Bucket>> buckets = calls.fetch("s3:ListAllMyBuckets",
                () -> s3.listBucketsPaginator().stream().flatMap(p -> p.buckets().stream()).toList());
        Map<String, BucketSettings> settings = new LinkedHashMap<>();
        for (Bucket b : buckets.orElse(List.of())) {
            String name = b.name();
            settings.put(name, new BucketSettings(
                    calls.fetch("s3:GetEncryptionConfiguration",
                            () -> s3.getBucketEncryption(r -> r.bucket(name))
                                    .serverSideEncryptionConfiguration() != null,
                            Map.of("ServerSideEncryptionConfigurationNotFoundError", false)),
                    calls.fetch("s3:GetBucketVersioning",
                            () -> s3.getBucketVersioning(r -> r.bucket(name)).status() == BucketVersioningStatus.ENABLED),
                    calls.fetch("s3:GetBucketPublicAccessBlock",
                            () -> allBlocked(s3.getPublicAccessBlock(r -> r.bucket(name))
                                    .publicAccessBlockConfiguration()),
                            Map.of("NoSuchPublicAccessBlockConfiguration", false))));
        }
        return new S3Snapshot(buckets, settings);
    }

    private static boolean allBlocked(PublicAccessBlockConfiguration c) {
        return c != null && Boolean.TRUE.equals(c.blockPublicAcls()) && Boolean.TRUE.equals(c.ignorePublicAcls())
                && Boolean.TRUE.equals(c.blockPublicPolicy()) && Boolean.TRUE.equals(c.restrictPublicBuckets());
    }
}
