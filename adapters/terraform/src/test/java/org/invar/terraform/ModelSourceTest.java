package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.invar.model.Model;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelInput;
import org.invar.spi.ModelSource;
import org.invar.spi.ModelSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapter as a {@link ModelSource}: found by ServiceLoader, and recognising its inputs by content. */
class ModelSourceTest {
    private final ModelSource source = new TerraformModelSource();

    private static ModelInput stdin(String singleQuoted) {
        return ModelInput.stdin(Inline.json(singleQuoted).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void foundByServiceLoader() {
        List<String> names = ModelSources.installed().sources().stream().map(ModelSource::name).toList();
        assertTrue(names.contains("terraform"), names.toString());
    }

    @Test
    void acceptsPlansAndStates() throws IOException {
        for (String fixture : List.of("seed/plan-1.json", "seed/state-1.json", "seed/state-1.tfstate",
                "seed-modules/plan-2.json", "catalog/plan.json")) {
            assertTrue(source.accepts(ModelInput.of(Fixtures.path(fixture).toString())), fixture);
        }
        assertTrue(source.accepts(stdin("{'format_version': '1.0'}")), "an empty state shown as JSON");
        assertTrue(source.accepts(stdin("{'version': 3, 'terraform_version': '0.11.0', 'serial': 1}")),
                "an old state is accepted, so that loading it says what is wrong");
    }

    @Test
    void declinesOtherInputs(@TempDir Path dir) throws IOException {
        assertFalse(source.accepts(stdin("{'invar_model': 1, 'entities': []}")));
        assertFalse(source.accepts(stdin("{'AWSTemplateFormatVersion': '2010-09-09', 'Resources': {}}")));
        assertFalse(source.accepts(stdin("{'Resources': {'A': {'Type': 'AWS::S3::Bucket'}}, 'format_version': '1'}")));
        assertFalse(source.accepts(stdin("{'format_version': '1.0', 'provider_schemas': {}}")));
        assertFalse(source.accepts(stdin("[]")));
        assertFalse(source.accepts(stdin("Resources:\n  A: {}")));
        assertFalse(source.accepts(ModelInput.of(dir.toString())), "a directory without .tf files");
        assertFalse(source.accepts(ModelInput.of("aws:profile=x")));
    }

    @Test
    void readsADirectoryOfTfFiles() throws IOException {
        ModelInput input = ModelInput.of(Fixtures.path("hcl/seed").toString());
        assertTrue(source.accepts(input));
        Model model = ModelSources.of(List.of(source)).read(input,
                new LoadOptions(java.util.Map.of("service_count", "2"), java.util.Optional.empty(), java.util.Optional.empty()));
        assertEquals("2", Fixtures.attribute(model, "ecs_service", "aws_ecs_service.web", "desired_count")
                .orElseThrow().display());
    }

    @Test
    void sniffsALargePlanFromItsHead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        String padding = "\"" + "x".repeat(200_000) + "\"";
        Files.writeString(big, "{\"format_version\": \"1.2\", \"terraform_version\": \"1.11.4\", \"variables\": {\"v\": "
                + "{\"value\": " + padding + "}}, \"planned_values\": {\"root_module\": {}}}");
        assertTrue(source.accepts(ModelInput.of(big.toString())));
    }

    @Test
    void loadsThroughModelSources() throws IOException {
        Model model = ModelSources.of(List.of(source)).read(ModelInput.of(Fixtures.path("seed/plan-1.json").toString()),
                LoadOptions.DEFAULT);
        assertEquals(List.of("aws_lb.web"), model.table("load_balancer").ids());
        assertEquals("terraform", source.name());
    }
}
