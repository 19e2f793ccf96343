package org.invar.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.invar.dsl.ast.Severity;
import org.invar.model.Origin;
import org.invar.report.EntityRef;
import org.invar.report.Finding;
import org.invar.report.judgement.FindingPolicy;
import org.invar.report.Report;
import org.invar.report.RuleResult;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Properties of the formats, over generated findings and text. */
class ReportPropertiesTest {
    /** Any text of the basic multilingual plane outside the surrogates, control characters included. */
    private static final Gen<String> TEXT = strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 12);

    @TempDir
    Path dir;

    private static Finding finding(String rule, String id, String message) {
        EntityRef entity = new EntityRef("az", id);
        return new Finding(rule, Severity.HIGH, Verdict.FAIL, entity, message, Origin.NONE, Map.of(), List.of(entity),
                Optional.empty(), Optional.empty());
    }

    private static RuleResult result(String rule, List<Finding> findings) {
        return new RuleResult(rule, false, Severity.HIGH, Optional.empty(), Optional.empty(), List.of(), "every az has x",
                "rules.invar", findings.isEmpty() ? Verdict.PASS : Verdict.FAIL, 3, 3 - findings.size(), findings);
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    @Test
    void anyMessageReadsBackFromTheJunitReport() {
        qt().withExamples(300).forAll(TEXT).checkAssert(message -> {
            CheckRun run = CheckRun.judged(List.of(new CheckedInput("in.yml", List.of("in.yml"),
                    new Report(List.of(result("r", List.of(finding("r", "a", message)))), 1))),
                    FindingPolicy.failingAt(Severity.LOW));
            StringWriter out = new StringWriter();
            try {
                new JunitFormat().write(out, run, FormatOptions.defaults());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Element failure = (Element) parse(out.toString()).getElementsByTagName("failure").item(0);
            assertEquals(XmlText.attribute(message), failure.getAttribute("message"));
            assertEquals(XmlText.content("az a\n" + message), failure.getTextContent());
        });
    }

    @Test
    void aRelativePathIsARelativeUriThatResolvesBackToIt() {
        SarifLocations locations = new SarifLocations(Path.of("/work/repo"));
        Gen<String> segment = strings().betweenCodePoints(0x20, 0x2FFF).ofLengthBetween(1, 6)
                .assuming(s -> !s.contains("/") && !s.equals(".") && !s.equals("..") && !s.contains("\\")
                        && s.strip().equals(s));
        qt().withExamples(300).forAll(lists().of(segment).ofSizeBetween(1, 3), integers().between(0, 1))
                .checkAssert((segments, absolute) -> {
                    String relative = String.join("/", segments);
                    String file = absolute == 1 ? "/work/repo/" + relative : relative;
                    String uri = locations.uri(file);
                    URI parsed = URI.create(uri);
                    assertEquals(null, parsed.getScheme(), uri);
                    // URIs are written in Unicode normal form C: a canonically equivalent path.
                    String expected = java.text.Normalizer.normalize(relative, java.text.Normalizer.Form.NFC);
                    assertEquals(Path.of(expected).normalize(), Path.of(parsed.getPath()).normalize(), uri);
                });
    }

    @Test
    void aPathOutsideTheWorkingDirectoryIsAFileUri() throws IOException {
        SarifLocations locations = new SarifLocations(Files.createDirectories(dir.resolve("repo")));
        Path outside = dir.resolve("elsewhere/stack.yml");

        assertEquals(outside.toUri().toString(), locations.uri(outside.toString()));
        assertEquals("stacks/a%20b.yml", locations.uri(dir.resolve("repo/stacks/a b.yml").toString()));
        assertEquals("./a:b.yml", locations.uri("a:b.yml"));
    }
}
