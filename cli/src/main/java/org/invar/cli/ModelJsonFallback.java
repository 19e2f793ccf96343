package org.invar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.invar.model.Model;
import org.invar.model.ModelException;
import org.invar.model.json.ModelJson;
import org.invar.spi.ModelInput;
import org.invar.spi.ModelLoadException;

/**
 * Reads model JSON files while no installed {@link org.invar.spi.ModelSource} does. Temporary: once
 * the engine registers a model-JSON source, delete this class and its one call in
 * {@link ModelLoading#load}.
 */
final class ModelJsonFallback {
    private static final String MARK = "\"invar_model\"";

    private ModelJsonFallback() {
    }

    /** A {@code .json} file, or standard input, whose first bytes hold {@code "invar_model"}. */
    static boolean accepts(ModelInput input) throws IOException {
        boolean named = input.isStdin() || input.path().map(p -> p.toString().endsWith(".json")).orElse(false);
        return named && new String(input.head(4096), StandardCharsets.UTF_8).contains(MARK);
    }

    static Model read(ModelInput input) throws IOException {
        try (InputStream in = input.open()) {
            return ModelJson.read(input.displayName(), in);
        } catch (ModelException e) {
            throw new ModelLoadException(e.getMessage(), e);
        }
    }
}
