package org.invar.cloudformation.stack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a nested stack's template is, on this machine.
 *
 * <ul>
 *   <li>A relative or absolute path (SAM's {@code Location: child.yml}, a packaged template's
 *       {@code TemplateURL: ./child.yml}) or a {@code file:} URI is a local file; relative
 *       paths are relative to the parent template's folder.</li>
 *   <li>An {@code https://} or {@code s3://} URL names a copy uploaded elsewhere. A template is
 *       often checked in next to its children in the same layout as the bucket, so the URL's
 *       path is tried against the parent's folder, dropping leading segments one at a time
 *       ({@code https://s3.amazonaws.com/bucket/infrastructure/vpc.yaml} finds
 *       {@code infrastructure/vpc.yaml}). When none exists the child is not loaded and its
 *       outputs are unknown.</li>
 * </ul>
 */
final class TemplateLocation {
    private TemplateLocation() {
    }

    /** Whether the location is a URL to a remote copy (not an error when it is not found). */
    static boolean isRemote(String location) {
        return location.matches("(?i)(https?|s3)://.*");
    }

    /** The local file for a location; for a local path, the file even if it does not exist. */
    static Optional<Path> resolve(Path parentDir, String location) {
        if (location.startsWith("file:")) {
            return Optional.of(Path.of(URI.create(location)));
        }
        if (!isRemote(location)) {
            return Optional.of(parentDir.resolve(location).normalize());
        }
        String path = URI.create(location.replace(" ", "%20")).getPath();
        if (path == null) {
            return Optional.empty();
        }
        String[] segments = path.replaceAll("^/+", "").split("/");
        for (int skip = 0; skip < segments.length; skip++) {
            Path candidate = parentDir;
            for (int i = skip; i < segments.length; i++) {
                candidate = candidate.resolve(segments[i]);
            }
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }
}
