package org.invar.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.spi.LoadOptions;
import picocli.CommandLine.Option;

/**
 * What every adapter is told: {@code --param NAME=VALUE}..., {@code --region R},
 * {@code --aws-endpoint URL}; and what one input is told: {@code --stack-name INPUT=NAME}.
 */
final class InputOptions {
    /** The template parameter-like option a CloudFormation template's stack name is given as. */
    static final String STACK_NAME = "AWS::StackName";

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A value for a param: rules get it when they declare NAME (read as the type of the "
                    + "declared value), adapters always get it (template parameters, Terraform variables; "
                    + "AWS::StackName names the stack of every template). Repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--stack-name", paramLabel = "INPUT=NAME",
            description = "The stack name the CloudFormation template INPUT is deployed as (its AWS::StackName), "
                    + "over --param AWS::StackName. Without one, an export named after its stack is matched to "
                    + "an import that fits it and no other export. Repeatable.")
    Map<String, String> stackNames = new LinkedHashMap<>();

    @Option(names = "--region", paramLabel = "R", description = "The AWS region, for inputs that do not say.")
    String region;

    @Option(names = "--aws-endpoint", paramLabel = "URL",
            description = "Send every AWS API call of an aws: input to this endpoint (a test server, an emulator).")
    String awsEndpoint;

    /** What every input is told. */
    LoadOptions loadOptions() {
        return new LoadOptions(params, Optional.ofNullable(region), Optional.ofNullable(awsEndpoint));
    }

    /** What {@code input} (as written on the command line) is told: its own stack name too. */
    LoadOptions loadOptions(String input) {
        for (Map.Entry<String, String> named : stackNames.entrySet()) {
            if (same(named.getKey(), input)) {
                Map<String, String> own = new LinkedHashMap<>(params);
                own.put(STACK_NAME, named.getValue());
                return new LoadOptions(own, Optional.ofNullable(region), Optional.ofNullable(awsEndpoint));
            }
        }
        return loadOptions();
    }

    /** A usage error when {@code --stack-name} names something that is not one of the inputs. */
    void checkStackNames(List<String> inputs) {
        for (String named : stackNames.keySet()) {
            if (inputs.stream().noneMatch(input -> same(named, input))) {
                throw new ExitException(ExitCodes.USAGE, "--stack-name " + named + "=" + stackNames.get(named)
                        + " names no INPUT; the inputs are " + String.join(", ", inputs));
            }
        }
    }

    /** Whether two spellings of an input are the same file ({@code ./a.yml} and {@code a.yml}). */
    private static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.equals("-") || b.equals("-")) {
            return false;
        }
        try {
            return Path.of(a).toAbsolutePath().normalize().equals(Path.of(b).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
