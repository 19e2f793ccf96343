package org.invar.cli;

import org.invar.format.ReportFormat;
import org.invar.format.ReportFormats;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --format NAME}: a report format on the class path. */
final class FormatConverter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
        return ReportFormats.named(value).orElseThrow(() -> new TypeConversionException(
                "expected one of " + ReportFormats.names() + " but was '" + value + "'"));
    }
}
