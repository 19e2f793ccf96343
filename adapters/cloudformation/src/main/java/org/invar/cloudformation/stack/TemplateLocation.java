package org.invar.cloudformation.stack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.invar.cloudformation.resolve.Symbol;
import org.invar.cloudformation.resolve.Val;

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
 *   <li>A URL known only in part, {@code !Sub https://s3.amazonaws.com/${TemplateBucket}/templates/service.yaml},
 *       is tried the same way with the whole segments of its literal tail
 *       ({@code templates/service.yaml}, then {@code service.yaml}): the bucket is a deploy-time
 *       choice, the file's path within it usually is not.</li>
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
        return underParent(parentDir, Arrays.asList(path.replaceAll("^/+", "").split("/")));
    }

    /**
     * The local file for a location known only in part: the whole path segments after its last
     * unknown part, tried as {@link #resolve} tries a URL's path. Empty when the location ends in
     * an unknown part or no such file exists.
     */
    static Optional<Path> resolveTail(Path parentDir, Val.Str location) {
        return tail(location).flatMap(t -> underParent(parentDir, Arrays.asList(t.split("/", -1))));
    }

    /**
     * The whole path segments after a location's last unknown part ({@code templates/service.yaml}
     * of {@code https://s3.amazonaws.com/${TemplateBucket}/templates/service.yaml}); empty when it
     * ends in an unknown part or names no file.
     */
    static Optional<String> tail(Val.Str location) {
        List<Val.Part> parts = location.parts();
        if (!(parts.get(parts.size() - 1) instanceof Val.Part.Lit last)) {
            return Optional.empty();
        }
        // The first segment runs on from the unknown part before it (${Bucket}-templates/...).
        int slash = last.text().indexOf('/');
        String tail = slash < 0 ? "" : last.text().substring(slash + 1);
        return tail.isEmpty() || tail.endsWith("/") ? Optional.empty() : Optional.of(tail);
    }

    /** The first of {@code a/b/c}, {@code b/c}, {@code c} under the folder that is a file. */
    private static Optional<Path> underParent(Path parentDir, List<String> segments) {
        if (segments.isEmpty() || segments.get(segments.size() - 1).isEmpty() || segments.contains("..")) {
            return Optional.empty();
        }
        for (int skip = 0; skip < segments.size(); skip++) {
            Path candidate = parentDir;
            for (String segment : segments.subList(skip, segments.size())) {
                candidate = candidate.resolve(segment);
            }
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }

    /** A location known in part, as a person would write it: {@code https://${...}.s3.amazonaws.com/x.yaml}. */
    static String written(Val.Str location) {
        StringBuilder out = new StringBuilder();
        for (Val.Part p : location.parts()) {
            if (p instanceof Val.Part.Lit l) {
                out.append(l.text());
            } else {
                Symbol s = ((Val.Part.Sym) p).symbol();
                String name = s instanceof Symbol.ResourceRef r ? r.entityId()
                        : s instanceof Symbol.Pseudo ps ? ps.name()
                        : s instanceof Symbol.External e ? e.entityId() : "...";
                out.append("${").append(name).append('}');
            }
        }
        return out.toString();
    }
}
