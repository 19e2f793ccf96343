package org.invar.spi;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What a user told every source: template or variable values ({@code --param}), the region when
 * known ({@code --region}), an endpoint to send API calls to instead of AWS ({@code --aws-endpoint}),
 * how long one API call and a whole live scan may take ({@code --aws-timeout}, {@code --aws-deadline}),
 * and whether to report progress on standard error even when it is not a terminal ({@code --progress}).
 */
public record LoadOptions(Map<String, String> params, Optional<String> region, Optional<String> endpoint,
                          Optional<Duration> callTimeout, Optional<Duration> scanDeadline, boolean progress) {
    public static final LoadOptions DEFAULT = new LoadOptions(Map.of(), Optional.empty(), Optional.empty());

    /** Options without timeouts, progress left to the source (shown on a terminal only). */
    public LoadOptions(Map<String, String> params, Optional<String> region, Optional<String> endpoint) {
        this(params, region, endpoint, Optional.empty(), Optional.empty(), false);
    }

    public LoadOptions {
        params = Map.copyOf(params);
        callTimeout = callTimeout == null ? Optional.empty() : callTimeout;
        scanDeadline = scanDeadline == null ? Optional.empty() : scanDeadline;
    }
}
