package org.invar.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.invar.model.Model;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelInput;
import org.invar.spi.ModelLoadException;
import org.invar.spi.ModelSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelJsonSourceTest {
    private static final String MODEL = "{\"invar_model\": 1, \"entities\": [{\"kind\": \"az\", \"id\": \"a\"}]}";

    @Test
    void isFoundByServiceLoaderAndReadsModelFiles(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("m.json"), MODEL);
        assertTrue(ModelSources.installed().sources().stream().anyMatch(s -> s instanceof ModelJsonSource));
        Model model = ModelSources.load(ModelInput.of(file.toString()), LoadOptions.DEFAULT);
        assertEquals(1, model.table("az").size());
    }

    @Test
    void readsStandardInput() throws Exception {
        Model model = ModelSources.load(ModelInput.stdin(MODEL.getBytes(StandardCharsets.UTF_8)), LoadOptions.DEFAULT);
        assertEquals("a", model.table("az").id(0));
    }

    @Test
    void leavesOtherJsonToOtherAdapters(@TempDir Path dir) throws Exception {
        Path template = Files.writeString(dir.resolve("t.json"), "{\"Resources\": {}}");
        Path named = Files.writeString(dir.resolve("m.yml"), MODEL);
        assertFalse(new ModelJsonSource().accepts(ModelInput.of(template.toString())));
        assertFalse(new ModelJsonSource().accepts(ModelInput.of(named.toString())));
    }

    @Test
    void suppressionsRoundTripAndNeedAReason() {
        String json = "{\"invar_model\": 1, \"entities\": [{\"kind\": \"bucket\", \"id\": \"b\","
                + " \"suppress\": [{\"rule\": \"encrypted\", \"reason\": \"public assets\"}]}]}";
        Model model = ModelJson.read("m.json", json);
        assertEquals("public assets", model.table("bucket").suppressions(0).get(0).reason());
        assertEquals(ModelJson.write(model), ModelJson.write(ModelJson.read("again.json", ModelJson.write(model))));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelJson.read("m.json",
                "{\"invar_model\": 1, \"entities\": [{\"kind\": \"bucket\", \"id\": \"b\","
                        + " \"suppress\": [{\"rule\": \"encrypted\"}]}]}"));
        assertTrue(e.getMessage().contains("say why the rule does not apply"), e.getMessage());
    }

    @Test
    void badModelsFailWithTheirPositionOnce(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"invar_model\": 1,\n \"entities\": [{\"kind\": \"azz\", \"id\": \"a\"}]}");
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> ModelSources.load(ModelInput.of(file.toString()), LoadOptions.DEFAULT));
        assertEquals(file + ":2:24: error: unknown kind 'azz' (did you mean az?)", e.getMessage());
    }
}
