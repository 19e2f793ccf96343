package org.invar.model.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.invar.model.ModelBuilder;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelLoadException;
import org.invar.spi.ModelInput;
import org.invar.spi.ModelSource;

/**
 * The model file format as an input: a {@code .json} file (or standard input) that says
 * {@code "invar_model"} near its start. Other JSON, such as a CloudFormation template or a
 * Terraform plan, is left to the adapters that read it.
 */
public final class ModelJsonSource implements ModelSource {
    private static final String MARK = "\"invar_model\"";

    @Override
    public String name() {
        return "model-json";
    }

    @Override
    public String description() {
        return "a model file (.json with \"invar_model\": 1)";
    }

    @Override
    public boolean accepts(ModelInput input) throws IOException {
        boolean named = input.isStdin() || input.path().map(p -> p.toString().endsWith(".json")).orElse(false);
        return named && new String(input.head(4096), StandardCharsets.UTF_8).contains(MARK);
    }

    @Override
    public void load(ModelInput input, ModelBuilder builder, LoadOptions options) throws IOException {
        try (InputStream in = input.open()) {
            ModelJson.fill(input.displayName(), in, builder);
        } catch (ModelFileException e) {
            throw new ModelLoadException(e.getMessage(), e);
        }
    }
}
