package org.invar.spi;

import java.io.IOException;
import org.invar.model.ModelBuilder;

/**
 * An adapter that fills a model from one kind of input: a CloudFormation template, a Terraform
 * plan, a live AWS account, a model file. Implementations are found with
 * {@link java.util.ServiceLoader}, so a jar on the class path adds an input kind without touching
 * the engine or the command line: list the class in
 * {@code META-INF/services/org.invar.spi.ModelSource}.
 */
public interface ModelSource {
    /** A short name for messages and {@code --input-kind}: {@code cloudformation}, {@code model-json}, ... */
    String name();

    /** What it reads, for the message that lists what inputs are understood. */
    String description();

    /** Whether this source reads the input; cheap: looks at its name, scheme or first bytes. */
    boolean accepts(ModelInput input) throws IOException;

    /**
     * Fills the builder from the input. Bad input throws {@link ModelLoadException} with a message
     * that names where and what; what cannot be known becomes unknown values, not an error.
     */
    void load(ModelInput input, ModelBuilder builder, LoadOptions options) throws IOException;
}
