package org.invar.spi;

import java.util.Map;
import java.util.Optional;

/**
 * What a user told every source: template or variable values ({@code --param}), the region when
 * known ({@code --region}), and an endpoint to send API calls to instead of AWS ({@code --aws-endpoint}).
 */
public record LoadOptions(Map<String, String> params, Optional<String> region, Optional<String> endpoint) {
    public static final LoadOptions DEFAULT = new LoadOptions(Map.of(), Optional.empty(), Optional.empty());

    public LoadOptions {
        params = Map.copyOf(params);
    }
}
