package org.invar.format;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report may say about where it was made, beside the run itself.
 *
 * @param toolVersion invar's version, as reports name the tool
 * @param informationUri where people learn about invar (SARIF's {@code informationUri}); left out when empty
 * @param workingDirectory paths under it are written relative to it (code scanning resolves them
 *     against the repository root, where CI runs)
 * @param colour whether a format meant for a terminal may use ANSI colours
 */
public record FormatOptions(String toolVersion, Optional<String> informationUri, Path workingDirectory,
                            boolean colour) {
    public FormatOptions {
        Objects.requireNonNull(toolVersion, "toolVersion");
        informationUri = informationUri.filter(s -> !s.isBlank());
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** No colour, no information URI, the process's working directory, and the version of this jar. */
    public static FormatOptions defaults() {
        String version = Optional.ofNullable(FormatOptions.class.getPackage().getImplementationVersion())
                .orElse("unknown");
        return new FormatOptions(version, Optional.empty(), Path.of(""), false);
    }

    public FormatOptions withColour(boolean on) {
        return new FormatOptions(toolVersion, informationUri, workingDirectory, on);
    }
}
