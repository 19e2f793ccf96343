package org.invar.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.invar.model.Origin;
import org.invar.report.EntityRef;
import org.invar.report.Finding;
import org.invar.report.Report;
import org.invar.report.judgement.Standing;
import org.invar.report.Verdict;
import org.invar.report.baseline.BaselineEntry;
import org.invar.report.baseline.BaselineFile;

/**
 * The report for machines, as design §6 gives it, for one input:
 *
 * <pre>{@code
 * {"violations": [{"rule", "severity", "verdict", "entity": {"kind", "id"}, "message",
 *                  "location": {...}, "because": {...}, ...}],
 *  "summary": {"rules", "entities", "failed", "unknown", "passed", "suppressed", ...}}
 * }</pre>
 *
 * <ul>
 * <li>{@code violations} holds every failed and every unknown finding, in rule order; {@code verdict}
 *     is {@code "fail"} or {@code "unknown"}.
 * <li>{@code location} has {@code file}, {@code line} and {@code column} when the entity came from a
 *     file ({@code line} and {@code column} only when known), {@code resource} when its origin names one
 *     (a logical id, a Terraform address, an ARN), and is {@code {}} when nothing is known.
 * <li>{@code because} maps each deciding expression to its value, as text ({@code "0"}).
 * <li>Added fields: {@code title} when the rule has one, {@code chain} (the entities from the one
 *     checked to those nested quantifiers settled on, each {@code {"kind", "id"}}), {@code reason} for an
 *     unknown, {@code suppressed: {"reason"}} for a suppressed finding.
 * <li>{@code summary}: {@code rules} evaluated, {@code entities} in the model, {@code failed} and
 *     {@code unknown} findings that are not suppressed, {@code passed} rules, {@code suppressed}
 *     findings, and the added {@code skipped}: rules with nothing in scope.
 * </ul>
 *
 * <p>With several inputs the output is one object {@code {"inputs": [...]}} whose elements are
 * that same object for each input, with an added {@code "input"} field naming it.
 *
 * <p>When a baseline is in force, a failure it knows has {@code "in_baseline": true}, each
 * summary counts them in {@code in_baseline}, and the top-level object has
 * {@code "fixed": [...]}: the baseline's entries that no longer occur, each as the baseline file
 * writes it ({@code {"rule", "entity": {"kind", "id"}, "verdict", "file"}}).
 */
public final class JsonFormat implements ReportFormat {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String description() {
        return "for programs: violations, unknowns and a summary per input";
    }

    @Override
    public void write(Writer out, CheckRun run, FormatOptions options) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            List<CheckedInput> inputs = run.inputs();
            if (inputs.size() == 1) {
                g.writeStartObject();
                report(g, run, inputs.get(0), false);
                fixed(g, run);
                g.writeEndObject();
            } else {
                g.writeStartObject();
                g.writeArrayFieldStart("inputs");
                for (CheckedInput input : inputs) {
                    g.writeStartObject();
                    report(g, run, input, true);
                    g.writeEndObject();
                }
                g.writeEndArray();
                fixed(g, run);
                g.writeEndObject();
            }
        }
        out.write("\n");
        out.flush();
    }

    private static void report(JsonGenerator g, CheckRun run, CheckedInput input, boolean named) throws IOException {
        if (named) {
            g.writeStringField("input", input.input());
        }
        g.writeArrayFieldStart("violations");
        for (var result : input.report().results()) {
            for (Finding f : result.findings()) {
                finding(g, f, result.title().orElse(null), run);
            }
        }
        g.writeEndArray();
        summary(g, run, input);
    }

    /** {@code "fixed": [...]}, entries as the baseline file has them, only when a baseline is in force. */
    private static void fixed(JsonGenerator g, CheckRun run) throws IOException {
        if (!run.judgement().hasBaseline()) {
            return;
        }
        g.writeArrayFieldStart("fixed");
        for (BaselineEntry e : run.judgement().fixed()) {
            BaselineFile.writeEntry(g, e);
        }
        g.writeEndArray();
    }

    private static void finding(JsonGenerator g, Finding f, String title, CheckRun run) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule());
        if (title != null) {
            g.writeStringField("title", title);
        }
        g.writeStringField("severity", f.severity().word());
        g.writeStringField("verdict", f.verdict().word());
        g.writeFieldName("entity");
        entity(g, f.entity());
        g.writeStringField("message", f.message());
        location(g, f.origin());
        g.writeObjectFieldStart("because");
        for (Map.Entry<String, String> e : f.because().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("chain");
        for (EntityRef e : f.chain()) {
            entity(g, e);
        }
        g.writeEndArray();
        if (f.reason().isPresent()) {
            g.writeStringField("reason", f.reason().get());
        }
        if (f.suppressed().isPresent()) {
            g.writeObjectFieldStart("suppressed");
            g.writeStringField("reason", f.suppressed().get());
            g.writeEndObject();
        }
        if (run.inBaseline(f)) {
            g.writeBooleanField("in_baseline", true);
        }
        g.writeBooleanField("counts", run.standing(f) == Standing.COUNTS);
        g.writeEndObject();
    }

    private static void entity(JsonGenerator g, EntityRef e) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", e.kind());
        g.writeStringField("id", e.id());
        g.writeEndObject();
    }

    private static void location(JsonGenerator g, Origin o) throws IOException {
        g.writeObjectFieldStart("location");
        if (o.file() != null) {
            g.writeStringField("file", o.file());
            if (o.line() > 0) {
                g.writeNumberField("line", o.line());
                g.writeNumberField("column", o.column());
            }
        }
        if (o.resource() != null) {
            g.writeStringField("resource", o.resource());
        }
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, CheckRun run, CheckedInput input) throws IOException {
        Report report = input.report();
        List<Finding> all = report.results().stream().flatMap(r -> r.findings().stream()).toList();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("rules", report.results().size());
        g.writeNumberField("entities", report.entities());
        g.writeNumberField("failed", count(all, Verdict.FAIL));
        g.writeNumberField("unknown", count(all, Verdict.UNKNOWN));
        g.writeNumberField("passed", report.passed().size());
        g.writeNumberField("suppressed", all.stream().filter(Finding::isSuppressed).count());
        g.writeNumberField("skipped", report.skipped().size());
        g.writeNumberField("counted", all.stream().filter(f -> run.standing(f) == Standing.COUNTS).count());
        if (run.judgement().hasBaseline()) {
            g.writeNumberField("in_baseline", all.stream().filter(run::inBaseline).count());
        }
        g.writeEndObject();
    }

    private static long count(List<Finding> findings, Verdict verdict) {
        return findings.stream().filter(f -> f.verdict() == verdict && !f.isSuppressed()).count();
    }
}
