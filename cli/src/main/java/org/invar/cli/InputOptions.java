package org.invar.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.invar.spi.LoadOptions;
import picocli.CommandLine.Option;

/** What every adapter is told: {@code --param NAME=VALUE}..., {@code --region R}, {@code --aws-endpoint URL}. */
final class InputOptions {
    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A value for a param: rules get it when they declare NAME (read as the type of the "
                    + "declared value), adapters always get it (template parameters, Terraform variables). "
                    + "Repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--region", paramLabel = "R", description = "The AWS region, for inputs that do not say.")
    String region;

    @Option(names = "--aws-endpoint", paramLabel = "URL",
            description = "Send every AWS API call of an aws: input to this endpoint (a test server, an emulator).")
    String awsEndpoint;

    LoadOptions loadOptions() {
        return new LoadOptions(params, Optional.ofNullable(region), Optional.ofNullable(awsEndpoint));
    }
}
