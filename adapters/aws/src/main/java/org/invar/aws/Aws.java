package org.invar.aws;

import java.util.List;
import java.util.stream.Collectors;
import org.invar.aws.map.ModelFiller;
import org.invar.aws.scan.AwsScanner;
import org.invar.aws.scan.CallFailure;
import org.invar.aws.scan.ScanResult;
import org.invar.aws.spec.AwsAccount;
import org.invar.aws.spec.AwsScanSpec;
import org.invar.aws.spec.ScanProgress;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.model.ModelException;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelLoadException;

/**
 * Reads a live AWS account into an invar {@link Model} with read-only calls: EC2, ELBv2, ECS,
 * Auto Scaling, Application Auto Scaling, RDS and S3, in every region and account of the spec,
 * concurrently.
 *
 * <pre>{@code
 * Model model = Aws.load("aws:profile=prod,region=eu-west-1,eu-west-3", LoadOptions.DEFAULT);
 * Report report = Invar.compile("every az with alb_node has healthy_targets >= 1").evaluate(model);
 *
 * AwsScan scan = Aws.read(AwsScanSpec.builder().account(AwsAccount.profile("prod"))
 *         .region("eu-west-1").progress(ScanProgress.silent()).build());
 * scan.warnings().forEach(w -> log.warn(w.toString()));
 * }</pre>
 *
 * <p>A denied or failed call does not end the scan: what it would have filled is unknown in the
 * model, with a reason such as {@code ecs:DescribeServices denied in eu-west-3}, and it is listed
 * in {@link AwsScan#warnings()}. Only a scan in which every call failed (no credentials, an
 * endpoint that cannot be reached or does not answer) throws {@link ModelLoadException}.
 * Neither the model, the warnings, the progress lines nor any message holds a credential.
 */
public final class Aws {
    private static final int REASONS_SHOWN = 5;

    private Aws() {
    }

    /** Scans and returns the model, derived facts included. */
    public static Model scan(AwsScanSpec spec) {
        return read(spec).model();
    }

    /** Scans a spec written as on the command line: {@code aws:profile=P,region=R1,R2[,role=ARN]}. */
    public static Model load(String spec, LoadOptions options) {
        return scan(AwsScanSpec.parse(spec, options));
    }

    /** Scans and returns the model with the calls that were denied or failed. */
    public static AwsScan read(AwsScanSpec spec) {
        ModelBuilder builder = Model.builder();
        List<ScanWarning> warnings = fill(spec, builder);
        try {
            return new AwsScan(builder.build(), warnings);
        } catch (ModelException e) {
            throw new ModelLoadException("aws: error: " + e.getMessage(), e);
        }
    }

    /** Adds what a scan reads to a builder (to check a live account together with other inputs). */
    public static List<ScanWarning> fill(AwsScanSpec spec, ModelBuilder builder) {
        ScanResult result = AwsScanner.scan(spec);
        if (result.readNothing()) {
            throw new ModelLoadException("aws: error: nothing could be read: " + result.failures().stream()
                    .map(CallFailure::reason).distinct().limit(REASONS_SHOWN).collect(Collectors.joining("; ")));
        }
        result.notes().forEach(n -> builder.note("aws: " + n));
        ModelFiller.fill(result, builder);
        return result.failures().stream().map(f -> new ScanWarning(f.scope().account(), f.scope().region(),
                f.action(), f.reason(), f.detail())).toList();
    }
}
