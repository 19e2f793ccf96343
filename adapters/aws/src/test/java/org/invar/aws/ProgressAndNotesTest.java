package org.invar.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the command line's source says: progress on standard error only on a terminal or when
 * asked, and each failed call once, as a note, with its reason once.
 */
class ProgressAndNotesTest {
    private static final String INPUT = "aws:region=us-east-1";
    private static final String DENIED = "ecs:DescribeServices denied in us-east-1 [AccessDeniedException, HTTP 400]";

    private FakeAws fake;
    private final PrintStream stderr = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        fake = FakeAws.start("seed").deny("ecs:DescribeServices");
        System.setProperty("aws.accessKeyId", Scans.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", Scans.SECRET_KEY);
        System.setProperty(AwsSource.STDERR_TERMINAL, "false");
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        System.setErr(stderr);
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        System.clearProperty(AwsSource.STDERR_TERMINAL);
        fake.close();
    }

    private List<String> load(boolean progress) {
        ModelBuilder builder = Model.builder();
        LoadOptions options = new LoadOptions(Map.of(), Optional.empty(), Optional.of(fake.endpoint().toString()),
                Optional.empty(), Optional.empty(), progress);
        new AwsSource().load(ModelInput.of(INPUT), builder, options);
        return builder.notes();
    }

    /** What the scan printed; the SDK's logging facade says once that it has no logger, which is not the scan's. */
    private String err() {
        return captured.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("SLF4J: "))
                .map(l -> l + "\n").reduce("", String::concat);
    }

    @Test
    void quietWhenStandardErrorIsNotATerminalAndEachFailedCallIsOneNote() {
        assertEquals(List.of(INPUT + ": " + DENIED), load(false));
        assertEquals("", err(), "no progress when standard error is not a terminal and none was asked");
    }

    @Test
    void progressWhenAskedCountsTheCallsAndLeavesTheFailureToTheNote() {
        assertEquals(List.of(INPUT + ": " + DENIED), load(true));
        String err = err();
        assertTrue(err.startsWith("aws: scanning 1 account in us-east-1"), err);
        assertTrue(err.contains("us-east-1 ecs read, 1 call failed"), err);
        assertTrue(err.matches("(?s).*aws: done, \\d+ calls: .*ecs \\d+ \\(1 failed\\).*"), err);
        assertTrue(!err.contains("ecs:DescribeServices"), "the failed call is reported once, by the note: " + err);
    }

    @Test
    void onATerminalProgressIsShownUnasked() {
        System.setProperty(AwsSource.STDERR_TERMINAL, "true");
        load(false);
        assertTrue(err().startsWith("aws: scanning 1 account in us-east-1"), err());
    }

    @Test
    void aTimeoutsReasonIsSaidOnce() {
        String reason = "ec2:DescribeVpcs timed out in us-east-1 (no answer within 1s on any attempt)";
        assertEquals(reason, new ScanWarning(FakeAws.ACCOUNT, "us-east-1", "ec2:DescribeVpcs", reason,
                "no answer within 1s on any attempt").toString());
    }
}
