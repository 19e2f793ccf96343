package org.invar.format;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.invar.model.Origin;
import org.invar.report.Finding;

/**
 * Where a SARIF result points. The physical location is the file, line and column of the
 * finding's origin; a finding without a file (a zone, a count over a kind, a live resource) points
 * at the input it came from, without a region, so code scanning shows it on that file. Paths
 * become URIs relative to the working directory when they lie under it (code scanning resolves
 * them against the repository root, where CI runs), and {@code file:} URIs otherwise. Logical
 * locations name the entity ({@code kind id}) and, when the origin names one, the resource
 * (a CloudFormation logical id, a Terraform address, an ARN).
 */
final class SarifLocations {
    private final Path workingDirectory;

    SarifLocations(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    void write(JsonGenerator g, CheckedInput input, Finding f) throws IOException {
        Origin o = f.origin();
        Optional<String> file = o.fileOpt().or(input::file);
        g.writeStartObject();
        if (file.isPresent()) {
            g.writeObjectFieldStart("physicalLocation");
            g.writeObjectFieldStart("artifactLocation");
            g.writeStringField("uri", uri(file.get()));
            g.writeEndObject();
            if (o.file() != null && o.line() > 0) {
                g.writeObjectFieldStart("region");
                g.writeNumberField("startLine", o.line());
                g.writeNumberField("startColumn", Math.max(1, o.column()));
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("name", f.entity().id());
        g.writeStringField("fullyQualifiedName", TextFormat.entity(f.entity()));
        g.writeStringField("kind", f.entity().kind());
        g.writeEndObject();
        if (o.resource() != null && !o.resource().equals(f.entity().id())) {
            g.writeStartObject();
            g.writeStringField("name", o.resource());
            g.writeStringField("kind", "resource");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A path as a URI reference: relative (with {@code /}) under the working directory, else absolute. */
    String uri(String file) {
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            Path normal = path.normalize();
            if (!normal.startsWith(workingDirectory)) {
                return normal.toUri().toString();
            }
            path = workingDirectory.relativize(normal);
        }
        String relative = path.toString().replace(path.getFileSystem().getSeparator(), "/");
        if (relative.isEmpty()) {
            relative = ".";
        }
        // A colon before the first slash would read as a scheme.
        int colon = relative.indexOf(':');
        if (colon >= 0 && (relative.indexOf('/') < 0 || colon < relative.indexOf('/'))) {
            relative = "./" + relative;
        }
        return percentEncoded(relative);
    }

    /**
     * RFC 3986 path characters kept, everything else percent-encoded as UTF-8 in normal form C ({@link URI}'s own
     * quoting lets some characters through, such as the backtick).
     */
    private static String percentEncoded(String path) {
        StringBuilder out = new StringBuilder(path.length());
        String nfc = java.text.Normalizer.normalize(path, java.text.Normalizer.Form.NFC);
        for (byte b : nfc.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0);
            if (keep) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
