package org.invar.aws.spec;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long and how wide a scan may go.
 *
 * <ul>
 *   <li>{@code apiCallTimeout}: the whole of one API call, retries included (the SDK's
 *       {@code apiCallTimeout});</li>
 *   <li>{@code apiCallAttemptTimeout}: one HTTP attempt (the SDK's {@code apiCallAttemptTimeout});</li>
 *   <li>{@code concurrency}: how many (account, region, service) scans run at once;</li>
 *   <li>{@code retryBaseDelay}: when present, replaces the standard retry mode's base delays
 *       (tests use a few milliseconds so throttling retries do not slow them down); the
 *       standard mode's attempts and throttling detection stay;</li>
 *   <li>{@code scanDeadline}: when present, how long the whole scan may take; calls it would
 *       make later are not made, and what they would have read is unknown with the reason.</li>
 * </ul>
 *
 * <pre>{@code
 * ScanLimits quick = ScanLimits.DEFAULT.withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500));
 * }</pre>
 */
public record ScanLimits(Duration apiCallTimeout, Duration apiCallAttemptTimeout, int concurrency,
                         Optional<Duration> retryBaseDelay, Optional<Duration> scanDeadline) {
    /** 60 s per call, 20 s per attempt, 8 scans at once, the SDK's own backoff. */
    public static final ScanLimits DEFAULT = new ScanLimits(Duration.ofSeconds(60), Duration.ofSeconds(20), 8,
            Optional.empty(), Optional.empty());

    /** Limits without a deadline for the whole scan. */
    public ScanLimits(Duration apiCallTimeout, Duration apiCallAttemptTimeout, int concurrency,
                      Optional<Duration> retryBaseDelay) {
        this(apiCallTimeout, apiCallAttemptTimeout, concurrency, retryBaseDelay, Optional.empty());
    }

    public ScanLimits {
        Objects.requireNonNull(apiCallTimeout, "apiCallTimeout");
        Objects.requireNonNull(apiCallAttemptTimeout, "apiCallAttemptTimeout");
        retryBaseDelay = retryBaseDelay == null ? Optional.empty() : retryBaseDelay;
        scanDeadline = scanDeadline == null ? Optional.empty() : scanDeadline;
        if (scanDeadline.filter(d -> d.isNegative() || d.isZero()).isPresent()) {
            throw new IllegalArgumentException("the scan's deadline must be positive");
        }
        if (apiCallTimeout.isNegative() || apiCallTimeout.isZero() || apiCallAttemptTimeout.isNegative()
                || apiCallAttemptTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, not " + concurrency);
        }
    }

    public ScanLimits withTimeouts(Duration apiCall, Duration attempt) {
        return new ScanLimits(apiCall, attempt, concurrency, retryBaseDelay, scanDeadline);
    }

    public ScanLimits withConcurrency(int n) {
        return new ScanLimits(apiCallTimeout, apiCallAttemptTimeout, n, retryBaseDelay, scanDeadline);
    }

    public ScanLimits withRetryBaseDelay(Duration delay) {
        return new ScanLimits(apiCallTimeout, apiCallAttemptTimeout, concurrency, Optional.of(delay), scanDeadline);
    }

    /** The same limits with a deadline for the whole scan. */
    public ScanLimits withScanDeadline(Duration deadline) {
        return new ScanLimits(apiCallTimeout, apiCallAttemptTimeout, concurrency, retryBaseDelay,
                Optional.of(deadline));
    }
}
