package org.invar.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What a user named as input: a file, a directory, standard input ({@code -}, read once and
 * kept), or a scheme such as {@code aws:profile=P,region=R}. Sources look at it to decide
 * whether they read it.
 */
public final class ModelInput {
    private final String spec;
    private final byte[] stdin;

    private ModelInput(String spec, byte[] stdin) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.stdin = stdin;
    }

    /** An input named on the command line or by an embedder. */
    public static ModelInput of(String spec) {
        return new ModelInput(spec, null);
    }

    /** Standard input, already read, under the name {@code -}. */
    public static ModelInput stdin(byte[] content) {
        return new ModelInput("-", content.clone());
    }

    /** As the user wrote it. */
    public String spec() {
        return spec;
    }

    /** The name messages use for it: the path, or {@code <stdin>}. */
    public String displayName() {
        return isStdin() ? "<stdin>" : spec;
    }

    public boolean isStdin() {
        return stdin != null;
    }

    /** The file or directory, when the input is one that exists. */
    public Optional<Path> path() {
        if (isStdin() || hasScheme()) {
            return Optional.empty();
        }
        Path p = Path.of(spec);
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }

    /** The scheme before the first ':' when there is one ({@code aws}), and the input is not a file. */
    public Optional<String> scheme() {
        return hasScheme() ? Optional.of(spec.substring(0, spec.indexOf(':'))) : Optional.empty();
    }

    private boolean hasScheme() {
        int colon = spec.indexOf(':');
        return colon > 1 && spec.substring(0, colon).matches("[a-z][a-z0-9-]*") && !Files.exists(Path.of(spec));
    }

    /** The whole content of a file or of standard input. */
    public byte[] bytes() throws IOException {
        if (isStdin()) {
            return stdin.clone();
        }
        return Files.readAllBytes(Path.of(spec));
    }

    public InputStream open() throws IOException {
        return isStdin() ? new java.io.ByteArrayInputStream(stdin) : Files.newInputStream(Path.of(spec));
    }

    /** The first bytes of a file or of standard input, for sniffing its format; empty for a directory. */
    public byte[] head(int n) throws IOException {
        if (isStdin()) {
            return Arrays.copyOf(stdin, Math.min(n, stdin.length));
        }
        Path p = Path.of(spec);
        if (!Files.isRegularFile(p)) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(p)) {
            return in.readNBytes(n);
        }
    }

    @Override
    public String toString() {
        return displayName();
    }
}
