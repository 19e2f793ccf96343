package org.invar.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.invar.dsl.ast.Severity;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --fail-on}: the least severity whose failure fails the run, or never. */
enum FailOn {
    CRITICAL(Severity.CRITICAL), HIGH(Severity.HIGH), MEDIUM(Severity.MEDIUM), LOW(Severity.LOW),
    INFO(Severity.INFO), NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a failure of this severity fails the run. */
    boolean fails(Severity severity) {
        return threshold != null && severity.atLeast(threshold);
    }

    static String words() {
        return Arrays.stream(values()).map(FailOn::word).collect(Collectors.joining(", "));
    }

    static Optional<FailOn> fromWord(String word) {
        return Arrays.stream(values()).filter(f -> f.word().equals(word)).findFirst();
    }

    static final class Converter implements ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            return fromWord(value).orElseThrow(() -> new TypeConversionException(
                    "expected one of " + words() + " but was '" + value + "'"));
        }
    }
}
