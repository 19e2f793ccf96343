package org.invar.aws.scan;

/**
 * The settings of one bucket the schema has.
 *
 * @param encrypted whether a default encryption configuration exists
 * @param versioning whether versioning is Enabled (Suspended and never enabled are false)
 * @param publicAccessBlocked whether all four settings of the bucket's public access block are on
 */
public record BucketSettings(Fetched<Boolean> encrypted, Fetched<Boolean> versioning,
                             Fetched<Boolean> publicAccessBlocked) {
}
