package org.invar.cloudformation;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.invar.cloudformation.read.ReadLimits;
import org.invar.cloudformation.stack.StackLoader;
import org.invar.cloudformation.template.Template;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.model.ModelException;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelLoadException;

/**
 * Loads CloudFormation templates (YAML or JSON, with nested stacks from local files) into an
 * invar {@link Model}, for embedders and tests.
 *
 * <pre>{@code
 * Model model = CloudFormation.load(Path.of("infra/service.yml"));
 * Report report = Invar.compile("every az with alb_node has healthy_targets >= 1").evaluate(model);
 *
 * Model withCount = CloudFormation.load(Path.of("infra/service.yml"),
 *         new LoadOptions(Map.of("Count", "2"), Optional.of("us-east-1"), Optional.empty()));
 * }</pre>
 *
 * <p>Parameters come from {@link LoadOptions#params()} (overrides), else their defaults; the
 * region, when given, names AZs ({@code us-east-1a}) and {@code AWS::Region}; without it AZs from
 * {@code Fn::GetAZs} are symbolic ({@code az-1}, {@code az-2}, ...). A bad template throws
 * {@link ModelLoadException} with {@code file:line:col: error: ...}.
 */
public final class CloudFormation {
    private CloudFormation() {
    }

    /** The model of a template, with parameters at their defaults and no region. */
    public static Model load(Path template) {
        return load(template, LoadOptions.DEFAULT);
    }

    public static Model load(Path template, LoadOptions options) {
        return read(template, options).model();
    }

    /** A model and what the load did (skipped resource types, nested stacks not loaded, ...). */
    public record Loaded(Model model, LoadSummary summary) {
    }

    public static Loaded read(Path template, LoadOptions options) {
        ModelBuilder builder = Model.builder();
        LoadSummary summary = fill(template, builder, options);
        try {
            return new Loaded(builder.build(), summary);
        } catch (ModelException e) {
            throw new ModelLoadException(template + ": error: " + e.getMessage(), e);
        }
    }

    /** Adds a template's entities to a builder (several templates can share one model). */
    public static LoadSummary fill(Path template, ModelBuilder builder, LoadOptions options) {
        return fill(template.toString(), template, builder, options);
    }

    /** {@link #fill(Path, ModelBuilder, LoadOptions)} with the name messages and origins give the file. */
    static LoadSummary fill(String file, Path template, ModelBuilder builder, LoadOptions options) {
        StackLoader loader = new StackLoader(ReadLimits.DEFAULT);
        Template parsed;
        try {
            parsed = loader.parse(file, template);
        } catch (UncheckedIOException e) {
            throw new ModelLoadException(file + ": error: " + (e.getCause() instanceof NoSuchFileException
                    ? "no such file" : "cannot read the file: " + e.getCause().getMessage()), e);
        }
        return load(loader, file, parsed, template, builder, options);
    }

    /**
     * Adds a template given as bytes to a builder. The bytes are not kept once parsed: a caller
     * that passes them without holding on to them lets a large file's memory go while the model
     * is filled. (Given a path, {@link #fill(Path, ModelBuilder, LoadOptions)} never holds the
     * whole file.)
     *
     * @param file the name for messages and origins
     * @param location where nested stacks' relative paths start from (the template's path)
     */
    public static LoadSummary fill(String file, byte[] content, Path location, ModelBuilder builder, LoadOptions options) {
        StackLoader loader = new StackLoader(ReadLimits.DEFAULT);
        Template parsed = loader.parse(file, content);
        content = null; // the tree holds all the load needs
        return load(loader, file, parsed, location, builder, options);
    }

    private static LoadSummary load(StackLoader loader, String file, Template template, Path location,
                                    ModelBuilder builder, LoadOptions options) {
        try {
            return loader.load(template, location, options, builder);
        } catch (UncheckedIOException e) {
            throw new ModelLoadException(file + ": error: cannot read a nested stack's template: "
                    + e.getCause().getMessage(), e);
        } catch (StackOverflowError e) {
            // The reader bounds nesting, so this is a last resort, not an expected path.
            throw new ModelLoadException(file + ": error: the template is nested too deeply to resolve");
        }
    }
}
