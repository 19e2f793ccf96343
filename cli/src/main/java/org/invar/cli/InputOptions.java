package org.invar.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.spi.LoadOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * What every adapter is told: {@code --param NAME=VALUE}..., {@code --region R},
 * {@code --aws-endpoint URL}, {@code --aws-timeout S}, {@code --aws-deadline S}, {@code --progress}; and what one input is told: {@code --stack-name INPUT=NAME}.
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

    @Option(names = "--aws-timeout", paramLabel = "SECONDS", converter = Seconds.class,
            description = "Seconds one AWS API call of an aws: input may take, retries included (default 60); "
                    + "an input's own timeout= wins.")
    Duration awsTimeout;

    @Option(names = "--aws-deadline", paramLabel = "SECONDS", converter = Seconds.class,
            description = "Seconds a whole aws: scan may take (default none): what it would read later is unknown "
                    + "with the reason; an input's own deadline= wins.")
    Duration awsDeadline;

    @Option(names = "--progress",
            description = "Report the progress of long reads (an aws: scan) on standard error even when it is not "
                    + "a terminal; on a terminal it is reported anyway.")
    boolean progress;

    /** What every input is told. */
    LoadOptions loadOptions() {
        return options(params);
    }

    private LoadOptions options(Map<String, String> values) {
        return new LoadOptions(values, Optional.ofNullable(region), Optional.ofNullable(awsEndpoint),
                Optional.ofNullable(awsTimeout), Optional.ofNullable(awsDeadline), progress);
    }

    /** What {@code input} (as written on the command line) is told: its own stack name too. */
    LoadOptions loadOptions(String input) {
        for (Map.Entry<String, String> named : stackNames.entrySet()) {
            if (same(named.getKey(), input)) {
                Map<String, String> own = new LinkedHashMap<>(params);
                own.put(STACK_NAME, named.getValue());
                return options(own);
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

    /** A whole number of seconds, 1 to 999999, as the aws: input's timeout= and deadline= take. */
    static final class Seconds implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            if (!value.matches("[1-9][0-9]{0,5}")) {
                throw new TypeConversionException("'" + value + "' is not a number of seconds such as 30");
            }
            return Duration.ofSeconds(Long.parseLong(value));
        }
    }
}
