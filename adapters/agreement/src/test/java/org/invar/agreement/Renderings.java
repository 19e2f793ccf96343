package org.invar.agreement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.invar.cloudformation.CloudFormation;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.spi.LoadOptions;
import org.invar.terraform.Terraform;

/** One infrastructure rendered in both formats, and the model each adapter reads from its rendering. */
record Renderings(Infra infra, String template, String plan, Model cloudFormation, Model terraform) {
    static final String CFN = "CloudFormation";
    static final String TF = "Terraform";

    static Renderings of(Infra infra) {
        String template = TemplateRenderer.render(infra);
        String plan = PlanRenderer.render(infra);
        return new Renderings(infra, template, plan, loadTemplate(template), loadPlan(plan));
    }

    /** The template read with the region known, so that its zones have the names the plan gives them. */
    static Model loadTemplate(String template) {
        ModelBuilder builder = Model.builder();
        CloudFormation.fill("template.json", template.getBytes(StandardCharsets.UTF_8), Path.of("template.json"), builder,
                new LoadOptions(Map.of(), Optional.of(Infra.REGION), Optional.empty()));
        return builder.build();
    }

    static Model loadPlan(String plan) {
        ModelBuilder builder = Model.builder();
        try {
            Terraform.fill("plan.json", new ByteArrayInputStream(plan.getBytes(StandardCharsets.UTF_8)), builder,
                    LoadOptions.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return builder.build();
    }

    /** What a failing property prints: the infrastructure and both renderings. */
    String show() {
        return infra + "\n--- template.json\n" + template + "\n--- plan.json\n" + plan;
    }
}
