package org.invar.aws.scan;

import java.util.List;

/**
 * Everything read in one account.
 *
 * @param scope the account and the region its global calls (S3's ListBuckets) went to
 */
public record AccountSnapshot(ScanScope scope, S3Snapshot s3, List<RegionSnapshot> regions) {
    public AccountSnapshot {
        regions = List.copyOf(regions);
    }
}
