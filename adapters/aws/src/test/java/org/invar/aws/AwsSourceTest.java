package org.invar.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.invar.aws.spec.ScanProgress;
import org.invar.spi.ModelInput;
import org.invar.spi.ModelSource;
import org.invar.spi.ModelSources;
import org.junit.jupiter.api.Test;

/** The source is found by ServiceLoader and takes inputs of the aws scheme only. */
class AwsSourceTest {
    private final AwsSource source = new AwsSource(ScanProgress.silent());

    @Test
    void serviceLoaderFindsIt() {
        List<String> names = ModelSources.installed().sources().stream().map(ModelSource::name).toList();
        assertTrue(names.contains("aws"), names.toString());
    }

    @Test
    void itReadsTheAwsSchemeAndNothingElse() {
        assertTrue(source.accepts(ModelInput.of("aws:")));
        assertTrue(source.accepts(ModelInput.of("aws:profile=prod,region=eu-west-1")));
        assertFalse(source.accepts(ModelInput.of("awsx:profile=prod")));
        assertFalse(source.accepts(ModelInput.of("template.yml")));
        assertFalse(source.accepts(ModelInput.stdin("aws:".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals("aws", source.name());
    }
}
