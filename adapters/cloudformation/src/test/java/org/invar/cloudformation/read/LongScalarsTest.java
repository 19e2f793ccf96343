package org.invar.cloudformation.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A scalar longer than Jackson's default bound on strings reads in JSON as it does in YAML. */
class LongScalarsTest {
    private static final int LENGTH = 21_000_000;

    private static String valueOf(String file, String text) {
        Node.Mapping root = (Node.Mapping) new TemplateReader(ReadLimits.DEFAULT)
                .read(file, text.getBytes(StandardCharsets.UTF_8));
        return ((Node.Scalar) root.entries().get("Value").value()).text();
    }

    @Test
    void jsonAndYamlReadTheSameLongString() {
        String x = "x".repeat(LENGTH);
        assertEquals(LENGTH, valueOf("t.json", "{\"Value\": \"" + x + "\"}").length());
        assertEquals(LENGTH, valueOf("t.yml", "Value: " + x + "\n").length());
    }
}
