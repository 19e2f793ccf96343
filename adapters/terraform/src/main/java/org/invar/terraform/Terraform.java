package org.invar.terraform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.model.ModelException;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelLoadException;
import org.invar.terraform.hcl.document.HclConfiguration;
import org.invar.terraform.hcl.document.PlanConfiguration;
import org.invar.terraform.mapping.Mappers;
import org.invar.terraform.mapping.ModelMapper;
import org.invar.terraform.read.TerraformDocument;
import org.invar.terraform.read.TerraformFormat;
import org.invar.terraform.read.TerraformReader;

/**
 * Terraform plans and states as models: {@code terraform show -json PLANFILE}, {@code terraform
 * show -json} of a state, raw {@code .tfstate} files (version 4), and directories of {@code .tf}
 * files ({@link #loadDirectory}). Read streaming, so a large
 * plan costs memory in proportion to the model, not the file.
 *
 * <pre>{@code
 * Model model = Terraform.loadPlan(Path.of("plan.json"));
 * Report report = Invar.compile("every az with alb_node has healthy_targets >= 1").evaluate(model);
 * }</pre>
 *
 * Entities are named by resource address ({@code module.net.aws_subnet.private[1]}); AZs by
 * name. Resource types the schema has no kind for are skipped and counted ({@link LoadSummary}).
 * Bad input is a {@link ModelLoadException} whose message starts with {@code file:line:col}.
 */
public final class Terraform {
    private Terraform() {
    }

    /** A plan, as {@code terraform show -json PLANFILE} writes it. */
    public static Model loadPlan(Path file) throws IOException {
        return loadPlan(file, LoadOptions.DEFAULT);
    }

    /**
     * A plan; when the plan file's directory holds {@code .tf} files (where {@code terraform plan}
     * ran), that configuration is evaluated too and settles the links the plan leaves open
     * ({@link PlanConfiguration}).
     */
    public static Model loadPlan(Path file, LoadOptions options) throws IOException {
        return load(file, options, true);
    }

    /**
     * A plan and the directory of the configuration it was made from, whose evaluation settles
     * the links the plan leaves open ({@link PlanConfiguration}).
     */
    public static Model loadPlan(Path file, Path configuration, LoadOptions options) throws IOException {
        ModelBuilder builder = Model.builder();
        fill(file.toString(), Files.newInputStream(file), builder, options, true, configuration);
        return build(builder, file.toString());
    }

    /** A state: {@code terraform show -json} of it, or the {@code .tfstate} file itself. */
    public static Model loadState(Path file) throws IOException {
        return loadState(file, LoadOptions.DEFAULT);
    }

    public static Model loadState(Path file, LoadOptions options) throws IOException {
        return load(file, options, false);
    }

    /** A plan or a state, whichever the file is. */
    public static Model load(Path file) throws IOException {
        ModelBuilder builder = Model.builder();
        fill(file.toString(), Files.newInputStream(file), builder, LoadOptions.DEFAULT, null,
                PlanConfiguration.beside(file));
        return build(builder, file.toString());
    }

    /**
     * Adds the entities of a plan or state to a builder (several inputs may share one).
     *
     * @param name the file name messages and origins use
     */
    public static LoadSummary fill(String name, InputStream in, ModelBuilder builder, LoadOptions options)
            throws IOException {
        return fill(name, in, builder, options, null, null);
    }

    /**
     * Adds the entities of a plan or state to a builder; a plan's open links are settled from the
     * configuration in {@code configuration} when it is not null ({@link PlanConfiguration}).
     */
    public static LoadSummary fill(String name, InputStream in, ModelBuilder builder, LoadOptions options,
                                   Path configuration) throws IOException {
        return fill(name, in, builder, options, null, configuration);
    }

    /**
     * A directory of {@code .tf} files, evaluated without Terraform: variables from their defaults,
     * {@code terraform.tfvars}, {@code *.auto.tfvars} and {@code options.params()}; what only
     * apply or AWS would tell is unknown. Origins are {@code file:line:col} of each resource.
     */
    public static Model loadDirectory(Path dir) throws IOException {
        return loadDirectory(dir, LoadOptions.DEFAULT);
    }

    public static Model loadDirectory(Path dir, LoadOptions options) throws IOException {
        ModelBuilder builder = Model.builder();
        fillDirectory(dir, dir.toString(), builder, options);
        return build(builder, dir.toString());
    }

    /**
     * Adds the entities of a directory of {@code .tf} files to a builder, with the configuration's
     * suppressions ({@code # invar:suppress RULE reason}) and notes of what could not be known.
     *
     * @param display how the directory is named in messages and origins
     */
    public static LoadSummary fillDirectory(Path dir, String display, ModelBuilder builder, LoadOptions options)
            throws IOException {
        Mappers mappers = StandardMappers.forOneLoad();
        HclConfiguration.Result result = HclConfiguration.read(dir, display, options, mappers);
        TerraformDocument document = result.document();
        int mapped;
        try {
            mapped = ModelMapper.map(document, builder, mappers);
            Suppressions.apply(builder, document, result.suppressions());
        } catch (ModelException e) {
            throw new ModelLoadException(display + ": error: " + e.getMessage(), e);
        }
        result.notes().forEach(builder::note);
        return new LoadSummary(document.format(), null, mapped, document.skipped());
    }

    private static Model load(Path file, LoadOptions options, boolean plan) throws IOException {
        ModelBuilder builder = Model.builder();
        fill(file.toString(), Files.newInputStream(file), builder, options, plan, plan ? PlanConfiguration.beside(file) : null);
        return build(builder, file.toString());
    }

    private static LoadSummary fill(String name, InputStream in, ModelBuilder builder, LoadOptions options,
                                    Boolean plan, Path configuration) throws IOException {
        Mappers mappers = StandardMappers.forOneLoad();
        TerraformDocument document;
        try (InputStream stream = in) {
            document = TerraformReader.read(name, stream, mappers);
        }
        if (plan != null && plan != (document.format() == TerraformFormat.PLAN)) {
            throw new ModelLoadException(name + ": error: this is " + document.format().description() + ", not "
                    + (plan ? "a plan; load it with Terraform.loadState" : "a state; load it with Terraform.loadPlan"));
        }
        if (configuration != null) {
            List<String> notes = new ArrayList<>();
            document = PlanConfiguration.settle(document, configuration, options, mappers, notes);
            notes.forEach(builder::note);
        }
        int mapped;
        try {
            mapped = ModelMapper.map(document, builder, mappers);
        } catch (ModelException e) {
            throw new ModelLoadException(name + ": error: " + e.getMessage(), e);
        }
        return new LoadSummary(document.format(), document.terraformVersion(), mapped, document.skipped());
    }

    private static Model build(ModelBuilder builder, String name) {
        try {
            return builder.build();
        } catch (ModelException e) {
            throw new ModelLoadException(name + ": error: " + e.getMessage(), e);
        }
    }
}
