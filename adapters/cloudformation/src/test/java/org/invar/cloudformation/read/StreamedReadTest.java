package org.invar.cloudformation.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.invar.spi.ModelLoadException;

/**
 * A template read from its file as a stream is the tree the same bytes give, for YAML and JSON,
 * and JSON is still told from YAML when white space fills more than the reader's first buffer.
 */
class StreamedReadTest {
    private final TemplateReader reader = new TemplateReader(ReadLimits.DEFAULT);

    @Test
    void aFileReadsAsItsBytesDo() throws Exception {
        for (String fixture : List.of("mapping/network.yml", "mapping/services.yml", "mapping/template.json",
                "intrinsics/strings.yml", "seed/seed.yml")) {
            Path path = Path.of("src/test/resources", fixture);
            assertEquals(reader.read(fixture, Files.readAllBytes(path)), reader.read(fixture, path), fixture);
        }
    }

    @Test
    void jsonAfterLongLeadingWhiteSpaceIsStillJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.template");
        Files.writeString(file, " ".repeat(20_000) + "{\"Resources\": {\"B\": {\"Type\": \"AWS::S3::Bucket\"}}}");
        Node.Mapping root = (Node.Mapping) reader.read("t.template", file);
        assertEquals(20_001, root.pos().column());
        // Malformed JSON names the JSON parser's complaint, which the YAML parser would not give.
        Files.writeString(file, " ".repeat(20_000) + "{\"Resources\": [1,}");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> reader.read("t.template", file));
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
    }

    @Test
    void aLineLongerThanTheScannersDefaultBufferReadsWhole(@TempDir Path dir) throws Exception {
        String value = "x".repeat(3 * 1024 * 1024 + 7);
        Path file = dir.resolve("long.yml");
        Files.writeString(file, "Plain: " + value + "\nQuoted: '" + value + "'\n");
        Node.Mapping root = (Node.Mapping) reader.read("long.yml", file);
        assertEquals(value, ((Node.Scalar) root.get("Plain").orElseThrow()).text());
        assertEquals(value, ((Node.Scalar) root.get("Quoted").orElseThrow()).text());
    }

    @Test
    void aMissingFileIsAnIoError(@TempDir Path dir) {
        assertThrows(UncheckedIOException.class, () -> reader.read("gone.yml", dir.resolve("gone.yml")));
    }

    @Test
    void aFileLargerThanAnyTemplateIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.yml");
        Files.write(file, "a: b\n".getBytes(StandardCharsets.UTF_8));
        TemplateReader small = new TemplateReader(new ReadLimits(1, 256, 10, 100, 4));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> small.read("big.yml", file));
        assertTrue(e.getMessage().startsWith("big.yml: error: the file is larger than"), e.getMessage());
    }
}
