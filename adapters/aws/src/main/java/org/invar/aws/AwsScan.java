package org.invar.aws;

import java.util.List;
import org.invar.aws.spec.AwsScanSpec;
import org.invar.model.Model;

/**
 * What a scan gives: the model, derived facts included, and the calls that were denied or failed
 * (each also left unknown values in the model).
 *
 * <pre>{@code
 * AwsScan scan = Aws.read(AwsScanSpec.parse("aws:profile=prod,region=eu-west-1", LoadOptions.DEFAULT));
 * scan.warnings().forEach(w -> System.err.println("warning: " + w));
 * }</pre>
 */
public record AwsScan(Model model, List<ScanWarning> warnings) {
    public AwsScan {
        warnings = List.copyOf(warnings);
    }
}
