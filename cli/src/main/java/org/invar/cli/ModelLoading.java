package org.invar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.invar.model.Model;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelInput;
import org.invar.spi.ModelLoadException;
import org.invar.spi.ModelSources;

/**
 * Loads the inputs named on the command line with the model sources on the class path.
 * {@code -} is standard input, read once however often it is named.
 */
final class ModelLoading {
    private final ModelSources sources = ModelSources.installed();
    private final InputStream stdin;
    private final java.io.PrintWriter err;
    private byte[] stdinBytes;

    /** @param err where the adapters' notes go (skipped resource types, calls that were denied) */
    ModelLoading(InputStream stdin, java.io.PrintWriter err) {
        this.stdin = stdin;
        this.err = err;
    }

    private Model noted(Model model) {
        model.notes().forEach(n -> err.println("note: " + n));
        return model;
    }

    ModelInput input(String spec) {
        if (!spec.equals("-")) {
            return ModelInput.of(spec);
        }
        if (stdinBytes == null) {
            try {
                stdinBytes = stdin.readAllBytes();
            } catch (IOException e) {
                throw new ModelLoadException("<stdin>: error: cannot read standard input: " + IoErrors.describe(e), e);
            }
        }
        return ModelInput.stdin(stdinBytes);
    }

    /** One model of all the inputs together (a network template and a service template), each with its options. */
    Model loadMerged(List<String> specs, Function<String, LoadOptions> options) {
        Map<ModelInput, LoadOptions> all = new LinkedHashMap<>();
        specs.forEach(spec -> all.put(input(spec), options.apply(spec)));
        List<ModelInput> inputs = List.copyOf(all.keySet());
        String names = String.join(", ", inputs.stream().map(ModelInput::displayName).toList());
        try {
            return noted(sources.readMerged(inputs, all::get));
        } catch (java.io.UncheckedIOException e) {
            throw new ModelLoadException(names + ": error: cannot read: " + IoErrors.describe(e.getCause()), e);
        } catch (IOException e) {
            throw new ModelLoadException(names + ": error: cannot read: " + IoErrors.describe(e), e);
        }
    }

    /** The model of one input, derived facts included; bad input throws {@link ModelLoadException}. */
    Model load(String spec, LoadOptions options) {
        ModelInput input = input(spec);
        try {
            return noted(sources.read(input, options));
        } catch (java.io.UncheckedIOException e) {
            throw new ModelLoadException(input.displayName() + ": error: cannot read: "
                    + IoErrors.describe(e.getCause()), e);
        } catch (IOException e) {
            throw new ModelLoadException(input.displayName() + ": error: cannot read: " + IoErrors.describe(e), e);
        }
    }
}
