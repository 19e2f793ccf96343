package org.invar.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.dsl.ast.Severity;
import org.invar.model.Origin;
import org.invar.report.EntityRef;
import org.invar.report.Finding;
import org.invar.report.judgement.FindingPolicy;
import org.invar.report.Report;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;

/** The formats as a program that embeds invar finds and uses them. */
class ReportFormatsTest {
    private static CheckRun run() {
        EntityRef az = new EntityRef("az", "us-east-1b");
        Finding f = new Finding("r", Severity.CRITICAL, Verdict.FAIL, az, "no healthy target", Origin.NONE,
                Map.of("healthy_targets", "0"), List.of(az), Optional.empty(), Optional.empty());
        RuleResult result = new RuleResult("r", false, Severity.CRITICAL, Optional.empty(), Optional.empty(),
                List.of(), "every az with alb_node has healthy_targets >= 1", "rules.invar", Verdict.FAIL, 2, 1,
                List.of(f));
        return CheckRun.judged(List.of(CheckedInput.single("stack.yml", new Report(List.of(result), 1))),
                FindingPolicy.failingAt(Severity.LOW));
    }

    @Test
    void theFourFormatsAreFoundByNameInTheirOrder() {
        assertEquals(List.of("text", "json", "sarif", "junit"),
                ReportFormats.all().stream().map(ReportFormat::name).toList());
        assertEquals("text, json, sarif, junit", ReportFormats.names());
        assertTrue(ReportFormats.named("xml").isEmpty());
        assertTrue(ReportFormats.named("SARIF").isEmpty(), "names are matched exactly");
        ReportFormats.all().forEach(f -> assertTrue(!f.description().isBlank(), f.name()));
    }

    @Test
    void eachFormatWritesTheFailureOfARun() throws IOException {
        for (ReportFormat format : ReportFormats.all()) {
            StringWriter out = new StringWriter();
            format.write(out, run(), FormatOptions.defaults());
            assertTrue(out.toString().contains("us-east-1b"), format.name() + ":\n" + out);
        }
    }

    @Test
    void theOptionsReachTheFormats() throws IOException {
        FormatOptions options = new FormatOptions("9.9.9", Optional.of("https://example.org/invar"),
                Path.of("/"), true);
        StringWriter sarif = new StringWriter();
        ReportFormats.named("sarif").orElseThrow().write(sarif, run(), options);
        assertTrue(sarif.toString().contains("\"version\" : \"9.9.9\""), sarif.toString());
        assertTrue(sarif.toString().contains("https://example.org/invar"), sarif.toString());
        StringWriter text = new StringWriter();
        ReportFormats.named("text").orElseThrow().write(text, run(), options);
        assertTrue(text.toString().contains("\u001b["), "colour when the options allow it");
        StringWriter plain = new StringWriter();
        ReportFormats.named("text").orElseThrow().write(plain, run(), options.withColour(false));
        assertTrue(!plain.toString().contains("\u001b["), plain.toString());
    }
}
