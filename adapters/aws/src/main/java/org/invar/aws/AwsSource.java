package org.invar.aws;

import java.util.Optional;
import org.invar.aws.spec.AwsScanSpec;
import org.invar.aws.spec.ScanProgress;
import org.invar.model.ModelBuilder;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelInput;
import org.invar.spi.ModelSource;

/**
 * The live AWS model source, found by {@link java.util.ServiceLoader}: reads inputs of the
 * {@code aws} scheme, {@code aws:profile=P,region=R1,R2[,role=ARN]}. Progress goes to standard
 * error when it is a terminal or when asked ({@code --progress}, {@link LoadOptions#progress()}),
 * or to the sink given to the constructor; each failed call is a note of the model, once. See
 * {@link Aws} for what is read.
 */
public final class AwsSource implements ModelSource {
    /** Set by the {@code invar} launcher to whether standard error is a terminal ({@code [ -t 2 ]}). */
    static final String STDERR_TERMINAL = "invar.stderr.terminal";

    private final Optional<ScanProgress> progress;

    public AwsSource() {
        this.progress = Optional.empty();
    }

    /** A source whose scans report to {@code progress} (an embedder's log, or silence in tests). */
    public AwsSource(ScanProgress progress) {
        this.progress = Optional.of(progress);
    }

    @Override
    public String name() {
        return "aws";
    }

    @Override
    public String description() {
        return "a live AWS account (aws:profile=P,region=R1,R2[,role=ARN])";
    }

    @Override
    public boolean accepts(ModelInput input) {
        return input.scheme().filter("aws"::equals).isPresent();
    }

    @Override
    public void load(ModelInput input, ModelBuilder builder, LoadOptions options) {
        ScanProgress sink = progress.orElseGet(() -> options.progress() || stderrIsTerminal()
                ? ScanProgress.stderr() : ScanProgress.silent());
        AwsScanSpec spec = AwsScanSpec.parse(input.spec(), options).toBuilder().progress(sink).build();
        // The model holds the unknowns of failed calls; its notes say, once per failed call, what
        // could not be read, even where no rule looks.
        Aws.fill(spec, builder).forEach(w -> builder.note(input.spec() + ": " + w));
    }

    /**
     * Whether standard error is a terminal: as the launcher says, else as far as the JVM can tell
     * (it knows only whether standard input and output are).
     */
    static boolean stderrIsTerminal() {
        String told = System.getProperty(STDERR_TERMINAL);
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }
}
