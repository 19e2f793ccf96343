package org.invar.aws.scan;

import java.time.Duration;
import java.util.Optional;

/**
 * The time a whole scan may take, from its start. A call the scan would make after it is not
 * made: what it would have read is unknown, with a reason naming the deadline. A call already
 * under way is bounded by its own timeout, so a scan ends at most one call's timeout after its
 * deadline.
 */
final class ScanDeadline {
    private final Optional<Duration> limit;
    private final long endsAtNanos;

    ScanDeadline(Optional<Duration> limit) {
        this.limit = limit;
        this.endsAtNanos = limit.map(d -> System.nanoTime() + d.toNanos()).orElse(Long.MAX_VALUE);
    }

    /** Why a call may no longer be made, if the deadline has passed. */
    Optional<String> passed() {
        if (limit.isEmpty() || System.nanoTime() - endsAtNanos < 0) {
            return Optional.empty();
        }
        return Optional.of("not made: the scan's deadline of " + ErrorClassifier.seconds(limit.get()) + " had passed");
    }
}
