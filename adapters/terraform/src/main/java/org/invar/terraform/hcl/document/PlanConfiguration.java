package org.invar.terraform.hcl.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelLoadException;
import org.invar.terraform.config.Expression;
import org.invar.terraform.hcl.config.DeclarationReader;
import org.invar.terraform.hcl.syntax.Body;
import org.invar.terraform.json.Json;
import org.invar.terraform.mapping.Mappers;
import org.invar.terraform.mapping.ProviderDefaults;
import org.invar.terraform.read.Addresses;
import org.invar.terraform.read.ResourceRecord;
import org.invar.terraform.read.TerraformDocument;
import org.invar.terraform.read.TerraformFormat;

/**
 * The configuration a plan was made from, evaluated to settle the links the plan cannot. A plan's
 * {@code configuration} keeps only each expression's references: a conditional between two route
 * tables names both, a dynamic block or {@code aws_lb_target_group.this[each.value.key]} names no
 * instance, {@code element(var.subnet_ids, 0)} names every subnet of the list. Evaluated with the
 * plan's own root variable values, the {@code .tf} files tell which instance each unknown value
 * comes from; those exact references are given to the plan's resources of the same address and
 * type, while the values stay the plan's (but for attributes the configuration sets to null, which
 * take the provider's default as when unset). A resource the evaluation does not have (its count
 * differs, a module was not read) keeps the plan's references, and so does an attribute whose
 * evaluated references settle nothing.
 *
 * <p>The directory is the plan file's own when it holds {@code .tf} files (where {@code terraform
 * plan} ran), or one named explicitly ({@code Terraform.loadPlan(plan, dir, options)}); a note
 * says which was used. It is evaluated with the plan's variable values, whatever {@code --param}
 * says. A resource whose block there names other managed resources than the plan's configuration
 * lists for it (the files were edited since, or are not the plan's) keeps the plan's references,
 * and the note names it. A configuration that cannot be evaluated leaves the plan as it is, with a
 * note that says why.
 */
public final class PlanConfiguration {
    private PlanConfiguration() {
    }

    /** The directory of the plan file when it holds {@code .tf} files, else null. */
    public static Path beside(Path planFile) throws IOException {
        Path dir = planFile.toAbsolutePath().getParent();
        return dir != null && !DeclarationReader.files(dir, ".tf").isEmpty() ? dir : null;
    }

    /**
     * The plan with the exact references of its configuration in {@code dir}.
     *
     * @param notes where a note goes when the configuration cannot be evaluated
     */
    public static TerraformDocument settle(TerraformDocument plan, Path dir, LoadOptions options, Mappers mappers,
                                           List<String> notes) throws IOException {
        if (plan.format() != TerraformFormat.PLAN) {
            return plan;
        }
        HclConfiguration.Result read;
        try {
            LoadOptions withPlanValues = new LoadOptions(params(plan.variables(), options), options.region(),
                    options.endpoint());
            read = HclConfiguration.read(dir, dir.toString(), withPlanValues, mappers);
        } catch (ModelLoadException e) {
            notes.add(plan.file() + ": the configuration in " + dir + " was not evaluated, so links the plan leaves"
                    + " open stay open: " + e.getMessage());
            return plan;
        }
        TerraformDocument evaluated = read.document();
        Map<String, ResourceRecord> byAddress = new HashMap<>();
        evaluated.records().forEach(r -> byAddress.put(r.address(), r));
        Map<String, Expression.Block> exact = new HashMap<>();
        List<ResourceRecord> records = new ArrayList<>();
        Set<String> differing = new TreeSet<>();
        for (ResourceRecord r : plan.records()) {
            ResourceRecord same = byAddress.get(r.address());
            Expression.Block refs = evaluated.exactReferences().get(r.address());
            if (same != null && refs != null && same.type().equals(r.type()) && same.data() == r.data()) {
                if (!sameResourcesNamed(plan, read, r)) {
                    differing.add(r.address());
                } else {
                    exact.put(r.address(), refs);
                    r = withNullsConfigured(r, same, refs);
                }
            }
            records.add(r);
        }
        notes.add(plan.file() + ": links the plan leaves open are settled from the configuration in " + dir
                + " (" + exact.size() + " resources)" + (differing.isEmpty() ? "" : "; " + differing.size()
                + " whose configuration there names other resources than the plan's keep the plan's references"
                + " (is it the configuration the plan was made from?): " + String.join(", ", differing)));
        return new TerraformDocument(plan.file(), plan.format(), plan.terraformVersion(), records,
                plan.moduleInstances(), plan.skipped(), plan.configuration(), plan.variables(), plan.origins(), exact,
                plan.gaps());
    }

    /**
     * A plan shows an attribute the configuration sets to null ({@code internal = var.internal},
     * the variable's default null) as known only after apply, since the provider fills it in with
     * its default. Where the evaluation gives null, the attribute is left unset instead, so the
     * mapping takes the provider's default ({@code internal} false), as it does for a
     * configuration that does not set it.
     */
    private static ResourceRecord withNullsConfigured(ResourceRecord planned, ResourceRecord evaluated,
                                                      Expression.Block refs) {
        if (!(planned.unknown() instanceof Json.Obj mask)) {
            return planned;
        }
        Map<String, Json> kept = new LinkedHashMap<>(mask.members());
        for (String name : refs.attributes().keySet()) {
            // null, or the provider's default that the evaluation gives an attribute set to null
            Json value = evaluated.values().get(name);
            boolean setToNull = (value.isNull() || value.equals(ProviderDefaults.table()
                    .getOrDefault(evaluated.type(), Map.of()).get(name))) && evaluated.unknown().get(name).isNull();
            if (setToNull && Json.TRUE.equals(mask.get(name)) && planned.values().get(name).isNull()) {
                kept.remove(name);
            }
        }
        return kept.size() == mask.members().size() ? planned : planned.withUnknown(new Json.Obj(kept), planned.action());
    }

    /**
     * Whether the configuration's block of this resource names the same managed resources as the
     * plan's {@code configuration} lists for it: a configuration edited since the plan was made (or
     * not the plan's at all) must not settle its links. A plan without the resource's configuration
     * cannot be checked, and is not settled.
     */
    private static boolean sameResourcesNamed(TerraformDocument plan, HclConfiguration.Result read, ResourceRecord r) {
        String configPath = Addresses.configPath(r.module());
        Body written = read.bodies().get(HclConfiguration.bodyKey(configPath, r.local()));
        return written != null && plan.configuration().resource(configPath, r.local())
                .map(c -> NamedResources.resources(c.expressions().allReferences())
                        .equals(NamedResources.inBody(written))).orElse(false);
    }

    /**
     * The plan's root variable values as {@code --param}s, strings as they are, others as HCL. The
     * plan's values win over given params: the plan was made with them.
     */
    private static Map<String, String> params(Map<String, Json> variables, LoadOptions options) {
        Map<String, String> out = new LinkedHashMap<>(options.params());
        variables.forEach((name, value) -> out.put(name, value instanceof Json.Str s ? s.value() : hcl(value)));
        return out;
    }

    /** A JSON value written as the HCL expression of the same value. */
    static String hcl(Json value) {
        if (value instanceof Json.Str s) {
            return "\"" + s.value().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                    .replace("${", "$${").replace("%{", "%%{") + "\"";
        }
        if (value instanceof Json.Arr a) {
            return a.items().stream().map(PlanConfiguration::hcl).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Json.Obj o) {
            return o.members().entrySet().stream().map(e -> hcl(new Json.Str(e.getKey())) + " = " + hcl(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return value.isNull() ? "null" : value.text().or(() -> value.bool().map(String::valueOf)).orElse("null");
    }
}
