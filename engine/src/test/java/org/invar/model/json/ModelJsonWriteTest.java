package org.invar.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.invar.model.Model;
import org.invar.model.Origin;
import org.invar.model.Value;
import org.junit.jupiter.api.Test;

class ModelJsonWriteTest {
    private static final String RESOURCES = "src/test/resources/model-json/";

    private static String resource(String name) throws IOException {
        try (InputStream in = ModelJsonWriteTest.class.getResourceAsStream("/model-json/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * A hand-written model (fields in any order, relations given on one side, derived facts absent)
     * written back: every entity in schema and file order, both sides of each relation, and the
     * derived facts ({@code lb_node}s, {@code is_public}, {@code healthy_targets}, ...). When the
     * derivations change on purpose, regenerate with {@code -Dinvar.updateGoldens=true} and review
     * the diff.
     */
    @Test
    void aHandWrittenModelWritesAsTheGolden() throws IOException {
        String written = ModelJson.write(ModelJson.read("network.json", resource("network.json")));
        if (Boolean.getBoolean("invar.updateGoldens")) {
            Files.writeString(Path.of(RESOURCES + "network.golden.json"), written, StandardCharsets.UTF_8);
        }
        assertEquals(resource("network.golden.json"), written);
    }

    @Test
    void theGoldenReadsBackAsItself() throws IOException {
        String golden = resource("network.golden.json");
        Model model = ModelJson.read("network.golden.json", golden);
        assertEquals(golden, ModelJson.write(model));
        assertEquals(ModelDump.of(ModelJson.read("network.json", resource("network.json"))), ModelDump.of(model));
    }

    @Test
    void anEmptyModel() {
        assertEquals("{\n  \"invar_model\": 1,\n  \"entities\": []\n}\n", ModelJson.write(Model.builder().build()));
    }

    @Test
    void valuesGoOnOneLine() {
        Model model = Model.builder(ModelJsonReadTest.WITH_DECIMAL_AND_LIST)
                .entity("bucket", "b")
                .set("size_gb", 2.0)
                .set("tags", new Value.ListValue(List.of(Value.of(1L), Value.of(2.0), Value.of("x"),
                        new Value.ListValue(List.of(Value.of(true))), Value.unknown("why"))))
                .origin(Origin.resource("arn:aws:s3:::b"))
                .end()
                .build();

        assertEquals("""
                {
                  "invar_model": 1,
                  "entities": [
                    {
                      "kind": "bucket",
                      "id": "b",
                      "attributes": {
                        "size_gb": 2.0,
                        "tags": [1, 2.0, "x", [true], {"unknown": "why"}]
                      },
                      "origin": {"resource": "arn:aws:s3:::b"}
                    }
                  ]
                }
                """, ModelJson.write(model));
    }

    @Test
    void decimalsReadBackAsDecimalsEvenInLists() {
        Model model = Model.builder(ModelJsonReadTest.WITH_DECIMAL_AND_LIST)
                .entity("bucket", "b")
                .set("size_gb", Double.NaN)
                .set("tags", new Value.ListValue(List.of(Value.of(3.0), Value.of(-0.0), Value.of(1e300),
                        Value.of(Double.NEGATIVE_INFINITY), Value.of(4.9e-324))))
                .end()
                .build();
        String text = ModelJson.write(model);

        assertTrue(text.contains("\"size_gb\": NaN"), text);
        Model back = ModelJson.read("model.json", text, ModelJsonReadTest.WITH_DECIMAL_AND_LIST);
        assertEquals(ModelDump.of(model), ModelDump.of(back));
        assertEquals(text, ModelJson.write(back));
    }

    @Test
    void stringsAreEscaped() {
        String id = "quote \" backslash \\ newline \n tab \t nul \u0000 é 😀";
        Model model = Model.builder().entity("bucket", id).set("name", id).end().build();
        String text = ModelJson.write(model);

        assertTrue(text.contains("\"quote \\\" backslash \\\\ newline \\n tab \\t nul \\u0000 é 😀\""), text);
        assertEquals(List.of(id), ModelJson.read("model.json", text).table("bucket").ids());
    }

    @Test
    void writingToAWriterLeavesItOpen() throws IOException {
        Model model = Model.builder().entity("az", "a").end().build();
        boolean[] closed = {false};
        StringWriter text = new StringWriter();
        FilterWriter out = new FilterWriter(text) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        ModelJson.write(model, out);

        assertEquals(ModelJson.write(model), text.toString());
        assertTrue(text.toString().endsWith("}\n"));
        assertEquals(false, closed[0]);
    }
}
