package org.invar.dsl.ast;

import java.util.Locale;
import java.util.Optional;

/** How much a violation matters, from the most to the least. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    /** The word used in rule files and on the command line. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> fromWord(String word) {
        for (Severity s : values()) {
            if (s.word().equals(word)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
