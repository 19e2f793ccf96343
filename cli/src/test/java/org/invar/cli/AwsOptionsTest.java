package org.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --aws-timeout}, {@code --aws-deadline} and {@code --progress} reach every input's options. */
class AwsOptionsTest {
    @Test
    void theFlagsReachTheLoadOptions() {
        Holder holder = new Holder();
        new CommandLine(holder).parseArgs("--aws-timeout", "5", "--aws-deadline", "300", "--progress");
        InputOptions options = holder.options;
        assertEquals(Optional.of(Duration.ofSeconds(5)), options.loadOptions().callTimeout());
        assertEquals(Optional.of(Duration.ofSeconds(300)), options.loadOptions().scanDeadline());
        assertTrue(options.loadOptions().progress());
    }

    @Test
    void aTimeoutThatIsNotSecondsIsAUsageError() {
        Cli.Result r = Cli.run("check", "--aws-timeout", "5m", "aws:region=us-east-1");
        assertEquals(ExitCodes.USAGE, r.status(), r::toString);
        assertTrue(r.err().contains("'5m' is not a number of seconds such as 30"), r.err());
    }

    @CommandLine.Command(name = "holder")
    static final class Holder {
        @CommandLine.Mixin
        InputOptions options = new InputOptions();
    }
}
