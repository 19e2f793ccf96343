package org.invar.terraform.hcl;

import static org.invar.terraform.hcl.Evaluate.error;
import static org.invar.terraform.hcl.Evaluate.show;
import static org.invar.terraform.hcl.Evaluate.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.invar.terraform.hcl.value.Value;
import org.junit.jupiter.api.Test;

/**
 * The functions the conformance suite cannot check by value alone: base64gzip (whose bytes are
 * not Go's, but must decompress to the text), the YAML pair over any text, provider-defined
 * and namespaced function names. Values are as Terraform gives them (see terraform.jsonl).
 */
class HclEncodingFunctionsTest {
    private static Value call(String expression, String text) {
        return Evaluate.valueIn(expression, org.invar.terraform.hcl.function.Functions.standard(),
                Map.of("s", new Value.Str(text)));
    }

    private static String gunzip(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        assertEquals(0x1f, bytes[0] & 0xff);
        assertEquals(0xff, bytes[9] & 0xff); // Go's header: OS unknown
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void base64gzipDecompressesToTheText() {
        assertEquals("hello", gunzip(((Value.Str) value("base64gzip(\"hello\")")).value()));
        assertEquals("", gunzip(((Value.Str) value("base64gzip(\"\")")).value()));
        qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 3000)).checkAssert(text -> {
            String valid = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            assertEquals(valid, gunzip(((Value.Str) call("base64gzip(s)", valid)).value()));
        });
    }

    @Test
    void yamldecodeReadsTheLineAndParagraphSeparatorEscapesYamlencodeWrites() {
        // terraform console: yamldecode("\"a\\Lb\\Pc\"") is "a\u2028b\u2029c", yamlencode("x\u2028y") is "\"x\\Ly\"\n"
        assertEquals("a\u2028b\u2029c", ((Value.Str) call("yamldecode(s)", "\"a\\Lb\\Pc\"")).value());
        assertEquals("\"x\\Ly\"\n", ((Value.Str) call("yamlencode(s)", "x\u2028y")).value());
        assertEquals("x\u2028y\u2029", ((Value.Str) call("yamldecode(yamlencode(s))", "x\u2028y\u2029")).value());
    }

    @Test
    void yamldecodeReadsWhatYamlencodeWrites() {
        qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 200)).checkAssert(text -> {
            String valid = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            Value back = call("yamldecode(yamlencode({k = s, l = [s, {m = s}]}))", valid);
            Value expected = call("{k = s, l = [s, {m = s}]}", valid);
            assertEquals(Evaluate.json(expected), Evaluate.json(back), "for " + valid.codePoints().boxed().toList());
        });
        qt().withExamples(200).forAll(lists().of(strings().betweenCodePoints(' ', 'z').ofLengthBetween(0, 120))
                .ofSizeBetween(0, 5)).checkAssert(words -> {
                    String joined = String.join("\n", words);
                    Value back = call("yamldecode(yamlencode(s))", joined);
                    assertEquals(joined, ((Value.Str) back).value());
                });
    }

    @Test
    void yamlErrorsSayWhere() {
        assertTrue(error("yamldecode(\"a: [1, 2\")").startsWith("yamldecode(): on line 1, column "),
                error("yamldecode(\"a: [1, 2\")"));
        assertEquals("yamldecode(): on line 1, column 1: missing start of document", error("yamldecode(\"\")"));
        assertTrue(error("yamldecode(\"a: 1\\n---\\nb: 2\")").contains("unexpected extra content after value"));
        assertTrue(error("yamldecode(\"a: !!int x\")").contains("on line 1, column 4: cannot parse \"x\" as !!int"));
        assertTrue(error("yamldecode(\"a: .nan\")").contains("NaN is not supported"));
        assertTrue(error("yamldecode(\"a: *x\")").contains("unknown anchor 'x'"));
    }

    @Test
    void providerFunctionsAreUnknownWithAReasonThatNamesThem() {
        Value v = value("provider::aws::arn_parse(u).region");
        Value.Unknown unknown = assertInstanceOf(Value.Unknown.class, v);
        assertTrue(unknown.reason().startsWith("provider::aws::arn_parse() at test.tf:1:")
                && unknown.reason().endsWith(" is a function of the aws provider, which invar does not run"),
                unknown.reason());
        assertTrue(unknown.sources().contains("aws_subnet.a[0]"), "its argument's resources are candidates");
        assertEquals("\"A\"", show("core::upper(\"a\")"));
        assertTrue(error("core::nosuch(1)").startsWith("unknown function core::nosuch()"));
        assertTrue(error("type(1)").startsWith("there is no function named \"type\" in a configuration"));
    }
}
