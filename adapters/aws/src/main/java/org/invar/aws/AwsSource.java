package org.invar.aws;

import org.invar.model.ModelBuilder;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelInput;
import org.invar.spi.ModelSource;

/**
 * The live AWS model source, found by {@link java.util.ServiceLoader}: reads inputs of the
 * {@code aws} scheme, {@code aws:profile=P,region=R1,R2[,role=ARN]}. Progress and warnings go to
 * standard error (or to the sink given to the constructor); see {@link Aws} for what is read.
 */
public final class AwsSource implements ModelSource {
    private final ScanProgress progress;

    public AwsSource() {
        this(ScanProgress.stderr());
    }

    /** A source whose scans report to {@code progress} (an embedder's log, or silence in tests). */
    public AwsSource(ScanProgress progress) {
        this.progress = progress;
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
        AwsScanSpec spec = AwsScanSpec.parse(input.spec(), options).toBuilder().progress(progress).build();
        // Warnings were reported to the progress sink as they happened; the model holds their
        // unknowns, and its notes say what could not be read even where no rule looks.
        Aws.fill(spec, builder).forEach(w -> builder.note(input.spec() + ": " + w));
    }
}
