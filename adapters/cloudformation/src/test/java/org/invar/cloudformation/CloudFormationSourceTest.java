package org.invar.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.invar.model.Model;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelInput;
import org.invar.spi.ModelSource;
import org.invar.spi.ModelSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapter as a {@link ModelSource}: found by ServiceLoader, accepting templates and only templates. */
class CloudFormationSourceTest {
    private final ModelSource source = new CloudFormationSource();

    @TempDir
    Path dir;

    private boolean accepts(String name, String text) throws IOException {
        return source.accepts(ModelInput.of(Models.write(dir, name, text).toString()));
    }

    @Test
    void isFoundByServiceLoader() {
        assertTrue(ModelSources.installed().sources().stream().anyMatch(s -> s.name().equals("cloudformation")));
    }

    @Test
    void acceptsTemplatesByNameAndContent() throws IOException {
        assertTrue(accepts("a.yml", "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n"));
        assertTrue(accepts("b.yaml", "# comment\nResources:\n  A: {Type: AWS::S3::Bucket}\n"));
        assertTrue(accepts("c.json", "{\"Resources\": {\"A\": {\"Type\": \"AWS::S3::Bucket\"}}}"));
        assertTrue(accepts("d.template", "{\n  \"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {}}"));
        assertTrue(source.accepts(ModelInput.stdin("Resources:\n  A: {Type: AWS::S3::Bucket}\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void acceptsTopLevelKeysIndentedAlike() throws IOException {
        String indented = "# a template\n\n  AWSTemplateFormatVersion: '2010-09-09'\n  Resources:\n    A: {Type: AWS::S3::Bucket}\n";
        assertTrue(accepts("indented.yml", indented));
        CloudFormation.load(dir.resolve("indented.yml"));
        // A Resources key nested under another top-level key is not a template's.
        assertFalse(accepts("other.yml", "service:\n  Resources:\n    A: {Type: AWS::S3::Bucket}\n"));
        assertFalse(accepts("other2.yml", "  service:\n    Resources:\n      A: {Type: AWS::S3::Bucket}\n"));
    }

    @Test
    void acceptsUtf16WithAByteOrderMark() throws IOException {
        java.nio.file.Path file = dir.resolve("utf16.yml");
        java.nio.file.Files.write(file, "\uFEFFResources:\n  A: {Type: AWS::S3::Bucket}\n".getBytes(StandardCharsets.UTF_16LE));
        assertTrue(source.accepts(ModelInput.of(file.toString())));
    }

    @Test
    void declinesWhatOtherSourcesRead() throws IOException {
        assertFalse(accepts("model.json", "{\"invar_model\": 1, \"entities\": [{\"kind\": \"az\", \"id\": \"Resources\"}]}"));
        assertFalse(accepts("plan.json", "{\"format_version\": \"1.2\", \"planned_values\": {\"Resources\": 1}}"));
        assertFalse(accepts("state.json", "{\"version\": 4, \"terraform_version\": \"1.5.0\", \"resources\": []}"));
        assertFalse(accepts("compose.yml", "services:\n  web: {image: nginx}\n"));
        assertFalse(accepts("notes.txt", "Resources:\n  A: {Type: AWS::S3::Bucket}\n"));
        assertFalse(source.accepts(ModelInput.of("aws:profile=x")));
        assertFalse(source.accepts(ModelInput.of(dir.toString())));
    }

    @Test
    void loadsThroughModelSources() throws IOException {
        Path seed = Models.resource("seed/seed.yml");
        Model m = ModelSources.installed().read(ModelInput.of(seed.toString()),
                new LoadOptions(Map.of("Count", "2"), java.util.Optional.of("us-west-2"), java.util.Optional.empty()));
        assertEquals(List.of("us-west-2a", "us-west-2b"), Models.ids(m, "az"));
        assertEquals(2L, Models.plain(m, "ecs_service", "Service", "desired_count"));
    }
}
