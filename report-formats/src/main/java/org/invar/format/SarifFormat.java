package org.invar.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.dsl.ast.Severity;
import org.invar.report.EntityRef;
import org.invar.report.Finding;
import org.invar.report.RuleResult;
import org.invar.report.judgement.Standing;
import org.invar.report.Verdict;

/**
 * The report for code scanning: SARIF 2.1.0 as GitHub code scanning reads it, one run for all
 * inputs (GitHub no longer combines several runs of one tool in one file).
 *
 * <ul>
 * <li>{@code tool.driver}: name {@code invar}, the version, {@code informationUri} when the build
 *     names one, and a rule descriptor per rule: {@code id}, {@code name} (the id),
 *     {@code shortDescription} (the title, else the invariant), {@code fullDescription} (the
 *     invariant in canonical text), {@code help} (text and markdown), {@code helpUri} (the rule's
 *     docs), {@code defaultConfiguration.level} and {@code properties.tags}.
 * <li>A result per failed or unknown finding: {@code ruleId}, {@code ruleIndex}, {@code level}
 *     (critical and high: error, medium: warning, low and info: note), {@code message.text} (the
 *     entity, the message and the deciding values), one location with a physical location (see
 *     {@link SarifLocations}) and logical locations (the entity, and the resource it came from),
 *     {@code partialFingerprints} (rule, kind and id, so an alert survives lines moving), and
 *     {@code properties} with the input, verdict, deciding values and chain.
 * <li>An unknown verdict is a result of {@code kind: "review"} with {@code level: "none"}, as
 *     SARIF requires for a kind other than fail: a person has to look, the rule was not seen to
 *     fail. Whether it fails the run (it does unless {@code --allow-unknown}) is
 *     {@code properties.counts}, as for every result.
 * <li>A suppressed finding carries {@code suppressions: [{kind: "inSource", justification}]}.
 * <li>With a baseline in force, results that are not suppressed have {@code baselineState}
 *     {@code unchanged} (known) or {@code new}. Fixed entries are not results: code scanning closes alerts that stop appearing.
 * </ul>
 */
public final class SarifFormat implements ReportFormat {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final String version;
    private final Optional<String> informationUri;
    private final SarifLocations locations;

    /** The format as {@link ReportFormats} finds it; each run is written with its own options. */
    public SarifFormat() {
        this(FormatOptions.defaults());
    }

    private SarifFormat(FormatOptions options) {
        this.version = options.toolVersion();
        this.informationUri = options.informationUri();
        this.locations = new SarifLocations(options.workingDirectory());
    }

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public String description() {
        return "SARIF 2.1.0 for code scanning (GitHub and other SARIF viewers)";
    }

    @Override
    public void write(Writer out, CheckRun run, FormatOptions options) throws IOException {
        new SarifFormat(options).write(out, run);
    }

    public void write(Writer out, CheckRun run) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            Map<String, Integer> ruleIndex = tool(g, run.rules());
            g.writeStringField("columnKind", "unicodeCodePoints");
            g.writeArrayFieldStart("results");
            for (CheckedInput input : run.inputs()) {
                for (RuleResult r : input.report().results()) {
                    for (Finding f : r.findings()) {
                        result(g, run, input, f, ruleIndex.get(f.rule()));
                    }
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    private Map<String, Integer> tool(JsonGenerator g, List<RuleResult> rules) throws IOException {
        Map<String, Integer> index = new HashMap<>();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "invar");
        g.writeStringField("version", version);
        if (informationUri.isPresent()) {
            g.writeStringField("informationUri", informationUri.get());
        }
        g.writeArrayFieldStart("rules");
        for (RuleResult r : rules) {
            index.put(r.rule(), index.size());
            rule(g, r);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        return index;
    }

    private static void rule(JsonGenerator g, RuleResult r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.rule());
        g.writeStringField("name", r.rule());
        text(g, "shortDescription", r.title().orElse(r.invariant()));
        text(g, "fullDescription", r.invariant());
        g.writeObjectFieldStart("help");
        g.writeStringField("text", SarifHelp.text(r));
        g.writeStringField("markdown", SarifHelp.markdown(r));
        g.writeEndObject();
        if (r.docs().isPresent()) {
            g.writeStringField("helpUri", r.docs().get());
        }
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(r.severity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        for (String tag : r.tags()) {
            g.writeString(tag);
        }
        g.writeEndArray();
        g.writeStringField("severity", r.severity().word());
        g.writeEndObject();
        g.writeEndObject();
    }

    private void result(JsonGenerator g, CheckRun run, CheckedInput input, Finding f, int ruleIndex) throws IOException {
        boolean unknown = f.verdict() == Verdict.UNKNOWN;
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule());
        g.writeNumberField("ruleIndex", ruleIndex);
        if (unknown) {
            g.writeStringField("kind", "review");
            g.writeStringField("level", "none");
        } else {
            g.writeStringField("level", level(f.severity()));
        }
        text(g, "message", message(f));
        g.writeArrayFieldStart("locations");
        locations.write(g, input, f);
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("invarEntity/v1", f.rule() + "|" + f.entity().kind() + "|" + f.entity().id());
        g.writeEndObject();
        if (f.suppressed().isPresent()) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "inSource");
            g.writeStringField("justification", f.suppressed().get());
            g.writeEndObject();
            g.writeEndArray();
        }
        if (run.judgement().hasBaseline() && run.standing(f) != Standing.SUPPRESSED) {
            g.writeStringField("baselineState", run.inBaseline(f) ? "unchanged" : "new");
        }
        properties(g, input, f, run.standing(f) == Standing.COUNTS);
        g.writeEndObject();
    }

    private static void properties(JsonGenerator g, CheckedInput input, Finding f, boolean counts) throws IOException {
        g.writeObjectFieldStart("properties");
        g.writeStringField("input", input.input());
        g.writeStringField("verdict", f.verdict().word());
        g.writeObjectFieldStart("entity");
        g.writeStringField("kind", f.entity().kind());
        g.writeStringField("id", f.entity().id());
        g.writeEndObject();
        g.writeObjectFieldStart("because");
        for (Map.Entry<String, String> e : f.because().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("chain");
        for (EntityRef e : f.chain()) {
            g.writeString(TextFormat.entity(e));
        }
        g.writeEndArray();
        if (f.reason().isPresent()) {
            g.writeStringField("reason", f.reason().get());
        }
        g.writeBooleanField("counts", counts);
        g.writeEndObject();
    }

    /**
     * {@code kind id: message (because a = 1, b = 2)}, and for an unknown {@code ; unknown: REASON}; the
     * entity is left out when the message starts with it already.
     */
    static String message(Finding f) {
        String entity = TextFormat.entity(f.entity());
        StringBuilder text = new StringBuilder();
        if (!f.message().startsWith(entity)) {
            text.append(entity).append(": ");
        }
        text.append(f.message());
        if (!f.because().isEmpty()) {
            text.append(" (because ").append(TextFormat.because(f.because())).append(')');
        }
        f.reason().ifPresent(reason -> text.append("; unknown: ").append(reason));
        return text.toString();
    }

    /** The SARIF level of a severity: critical and high are errors, medium warnings, the rest notes. */
    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }
}
