package org.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SARIF reports are valid against the OASIS SARIF 2.1.0 schema (src/test/resources/sarif). */
class SarifSchemaTest {
    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<ValidationMessage> validate(String sarif) {
        return SCHEMA.validate(sarif, InputFormat.JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alb-one-task.sarif", "alb-two-tasks.sarif"})
    void theGoldenReportsAreValid(String golden) {
        Set<ValidationMessage> errors = validate(Fixtures.text("golden/" + golden));

        assertEquals(Set.of(), errors);
    }

    @Test
    void aReportWithUnknownsAndSuppressionsIsValid(@TempDir Path dir) {
        Cli.Result r = Cli.run("check", "--format", "sarif", "--rules", Scenarios.SUPPRESSED_RULES,
                Scenarios.suppressedTemplate().toString());
        assertTrue(r.out().contains("\"suppressions\""), r::toString);
        assertEquals(Set.of(), validate(r.out()));

        Cli.Result unknown = Cli.run("check", "--format", "sarif", "--rules", Scenarios.SEED_RULE,
                Scenarios.unknownSeed(dir).toString());
        assertTrue(unknown.out().contains("\"kind\" : \"review\""), unknown::toString);
        assertEquals(Set.of(), validate(unknown.out()));
    }

    @Test
    void theValidatorRejectsWhatTheSchemaForbids() {
        String golden = Fixtures.text("golden/alb-one-task.sarif");

        assertFalse(validate(golden.replace("\"level\" : \"error\"", "\"level\" : \"fatal\"")).isEmpty());
        assertFalse(validate(golden.replace("\"version\" : \"2.1.0\"", "\"version\" : \"2.0\"")).isEmpty());
        assertFalse(validate(golden.replace("\"startLine\" : 135", "\"startLine\" : 0")).isEmpty());
    }
}
