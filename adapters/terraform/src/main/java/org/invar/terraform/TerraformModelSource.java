package org.invar.terraform;

import java.io.IOException;
import java.nio.file.Files;
import org.invar.model.ModelBuilder;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelInput;
import org.invar.spi.ModelSource;
import org.invar.terraform.hcl.config.DeclarationReader;
import org.invar.terraform.hcl.document.PlanConfiguration;
import org.invar.terraform.read.FormatSniffer;

/**
 * The {@code terraform} model source: reads plan JSON, state JSON and raw {@code .tfstate}
 * files, recognised by their content (see {@link FormatSniffer}), and directories holding
 * {@code .tf} files. Found with
 * {@link java.util.ServiceLoader}.
 */
public final class TerraformModelSource implements ModelSource {
    private static final int HEAD = 64 * 1024;

    @Override
    public String name() {
        return "terraform";
    }

    @Override
    public String description() {
        return "a Terraform plan (terraform show -json PLANFILE), state (terraform show -json, or a .tfstate file),"
                + " or a directory of .tf files";
    }

    @Override
    public boolean accepts(ModelInput input) throws IOException {
        if (input.scheme().isPresent()) {
            return false;
        }
        if (input.path().map(Files::isDirectory).orElse(false)) {
            return !DeclarationReader.files(input.path().get(), ".tf").isEmpty();
        }
        return FormatSniffer.isTerraform(input.head(HEAD));
    }

    @Override
    public void load(ModelInput input, ModelBuilder builder, LoadOptions options) throws IOException {
        LoadSummary summary;
        if (input.path().map(Files::isDirectory).orElse(false)) {
            summary = Terraform.fillDirectory(input.path().get(), input.displayName(), builder, options);
        } else {
            java.nio.file.Path beside = input.path().isPresent() ? PlanConfiguration.beside(input.path().get()) : null;
            try (java.io.InputStream in = input.open()) {
                summary = Terraform.fill(input.displayName(), in, builder, options, beside);
            }
        }
        if (summary.skippedCount() > 0) {
            builder.note(input.displayName() + ": " + summary.skippedCount() + " resource(s) of types invar has no kind"
                    + " for were skipped: " + summary.skippedSorted().entrySet().stream()
                    .map(e -> e.getKey() + " x" + e.getValue()).collect(java.util.stream.Collectors.joining(", ")));
        }
    }
}
