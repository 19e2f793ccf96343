package org.invar.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --format}: how {@code invar check} writes its report. */
enum Format {
    TEXT, JSON, SARIF, JUNIT;

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static String words() {
        return Arrays.stream(values()).map(Format::word).collect(Collectors.joining(", "));
    }

    static final class Converter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Arrays.stream(values()).filter(f -> f.word().equals(value)).findFirst()
                    .orElseThrow(() -> new TypeConversionException(
                            "expected one of " + words() + " but was '" + value + "'"));
        }
    }
}
