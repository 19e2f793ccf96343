package org.invar.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.invar.cloudformation.CloudFormation;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.model.json.ModelJson;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelInput;
import org.invar.spi.ModelSources;
import org.invar.terraform.Terraform;

/**
 * Models for tests, from the inputs next to them: CloudFormation templates, Terraform plans and
 * states, model files, or built by hand. Input that cannot be read throws
 * {@link org.invar.spi.ModelLoadException} with {@code file:line:col: error: ...}; an I/O error
 * is an {@link UncheckedIOException}, so tests need not declare it.
 *
 * <pre>{@code
 * Model seed = Models.cloudFormation(Path.of("infra/service.yml"), Map.of("TaskCount", "2"));
 * Model planned = Models.terraformPlan(Path.of("build/plan.json"));
 * Model any = Models.file(Path.of("infra/network.yml"));
 * Model mine = Models.builder()
 *         .entity("az", "us-east-1a").end()
 *         .entity("subnet", "subnet-a").relate("az", "us-east-1a").end()
 *         .build();
 * }</pre>
 */
public final class Models {
    private Models() {
    }

    /** A CloudFormation template (YAML or JSON, nested stacks from local files), parameters at their defaults. */
    public static Model cloudFormation(Path template) {
        return CloudFormation.load(template);
    }

    /** A CloudFormation template with parameter overrides, such as {@code Map.of("TaskCount", "2")}. */
    public static Model cloudFormation(Path template, Map<String, String> parameters) {
        return CloudFormation.load(template, options(parameters));
    }

    /** A CloudFormation template with parameters, a region (which names AZs) and the rest of the load options. */
    public static Model cloudFormation(Path template, LoadOptions options) {
        return CloudFormation.load(template, options);
    }

    /** A Terraform plan, as {@code terraform show -json PLANFILE} writes it. */
    public static Model terraformPlan(Path plan) {
        try {
            return Terraform.loadPlan(plan);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + plan, e);
        }
    }

    /** A Terraform state: {@code terraform show -json} of it, or the {@code .tfstate} file itself. */
    public static Model terraformState(Path state) {
        try {
            return Terraform.loadState(state);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + state, e);
        }
    }

    /** Any input an adapter on the class path reads: a template, a plan, a state, a model file. */
    public static Model file(Path input) {
        return file(input, Map.of());
    }

    /** Any input, with template parameters or Terraform variables. */
    public static Model file(Path input, Map<String, String> parameters) {
        try {
            return ModelSources.load(ModelInput.of(input.toString()), options(parameters));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input, e);
        }
    }

    /** A model file's text ({@code {"invar_model": 1, "entities": [...]}}), for a test that keeps its model inline. */
    public static Model json(String model) {
        return ModelJson.read("<inline>", model);
    }

    /** A builder for a model by hand; {@link Model#builder()} under a name next to the other loaders. */
    public static ModelBuilder builder() {
        return Model.builder();
    }

    private static LoadOptions options(Map<String, String> parameters) {
        return new LoadOptions(parameters, Optional.empty(), Optional.empty());
    }
}
