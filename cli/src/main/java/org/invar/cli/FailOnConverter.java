package org.invar.cli;

import org.invar.report.judgement.FindingPolicy;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --fail-on}: the least severity that fails the run ({@code critical} ... {@code info}), or {@code never}. */
final class FailOnConverter implements ITypeConverter<FindingPolicy> {
    @Override
    public FindingPolicy convert(String value) {
        return FindingPolicy.failingOn(value).orElseThrow(() -> new TypeConversionException(
                "expected one of " + String.join(", ", FindingPolicy.thresholdWords()) + " but was '" + value + "'"));
    }
}
