package org.invar.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.invar.spi.LoadOptions;
import picocli.CommandLine.Option;

/** What every adapter is told: {@code --param NAME=VALUE}... and {@code --region R}. */
final class InputOptions {
    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A value for a param: rules get it when they declare NAME (read as the type of the "
                    + "declared value), adapters always get it (template parameters, Terraform variables). "
                    + "Repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--region", paramLabel = "R", description = "The AWS region, for inputs that do not say.")
    String region;

    LoadOptions loadOptions() {
        return new LoadOptions(params, Optional.ofNullable(region), Optional.empty());
    }
}
