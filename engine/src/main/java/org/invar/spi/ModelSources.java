package org.invar.spi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.model.ModelException;

/**
 * The model sources on the class path, and loading an input with the first that accepts it.
 *
 * <pre>{@code
 * Model model = ModelSources.load(ModelInput.of("template.yml"), LoadOptions.DEFAULT);
 * }</pre>
 */
public final class ModelSources {
    private final List<ModelSource> sources;

    private ModelSources(List<ModelSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The sources found by {@link ServiceLoader} on this class's loader. */
    public static ModelSources installed() {
        List<ModelSource> found = new ArrayList<>();
        ServiceLoader.load(ModelSource.class, ModelSources.class.getClassLoader()).forEach(found::add);
        return new ModelSources(found);
    }

    public static ModelSources of(List<ModelSource> sources) {
        return new ModelSources(sources);
    }

    public List<ModelSource> sources() {
        return sources;
    }

    /** Loads one input into a new model, derived facts included. */
    public static Model load(ModelInput input, LoadOptions options) throws IOException {
        return installed().read(input, options);
    }

    public Model read(ModelInput input, LoadOptions options) throws IOException {
        ModelBuilder builder = Model.builder();
        fill(input, builder, options);
        return build(builder, input.displayName());
    }

    /** Loads several inputs into one model (a network template and a service template). */
    public Model readMerged(List<ModelInput> inputs, LoadOptions options) throws IOException {
        return readMerged(inputs, input -> options);
    }

    /**
     * Loads several inputs into one model, each with options of its own (the name of the stack a
     * template is deployed as).
     */
    public Model readMerged(List<ModelInput> inputs, Function<? super ModelInput, LoadOptions> options)
            throws IOException {
        // Each input fills a builder of its own, so what one input only names (a subnet id passed
        // in) never takes on what an input before it said; merging then settles who describes what,
        // the same in any order (ModelBuilder#merge).
        ModelBuilder merged = Model.builder();
        for (ModelInput input : inputs) {
            ModelBuilder own = Model.builder();
            fill(input, own, options.apply(input));
            try {
                merged.merge(own);
            } catch (ModelException e) {
                throw new ModelLoadException(input.displayName() + ": error: " + e.getMessage(), e);
            }
        }
        return build(merged, inputs.stream().map(ModelInput::displayName).collect(Collectors.joining(", ")));
    }

    private static Model build(ModelBuilder builder, String name) {
        try {
            return builder.build();
        } catch (ModelException e) {
            throw new ModelLoadException(name + ": error: " + e.getMessage(), e);
        }
    }

    /** Fills a builder with the first source that accepts the input. */
    public void fill(ModelInput input, ModelBuilder builder, LoadOptions options) throws IOException {
        if (!input.isStdin() && input.scheme().isEmpty() && input.path().isEmpty()) {
            throw new ModelLoadException(input.displayName() + ": error: no such file or directory");
        }
        for (ModelSource source : sources) {
            boolean accepts;
            try {
                accepts = source.accepts(input);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (accepts) {
                try {
                    source.load(input, builder, options);
                } catch (ModelException e) {
                    throw new ModelLoadException(input.displayName() + ": error: " + e.getMessage(), e);
                }
                return;
            }
        }
        throw new ModelLoadException(input.displayName() + ": error: no adapter reads this input; expected "
                + sources.stream().map(ModelSource::description).collect(Collectors.joining(", ", "", ""))
                + (sources.isEmpty() ? "an adapter on the class path" : ""));
    }
}
