package org.invar.terraform.read;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.model.Origin;
import org.invar.terraform.config.Configuration;
import org.invar.terraform.config.Expression;
import org.invar.terraform.json.Json;

/**
 * What was read of one plan or state: the resource instances that exist afterwards (a plan's
 * deletions left out) of the types the mapping reads, the configuration's references (plans
 * only), the root module's variable values, the module instances seen, and how many resources
 * of other types were skipped.
 *
 * @param records the kept resource instances, in file order
 * @param moduleInstances every module instance path seen, "" included
 * @param skipped resource types the mapping does not read, with how many instances each
 * @param variables the plan's root variable values
 * @param origins where each resource instance is declared, by address, when the input has lines
 *                (HCL); otherwise the file and the address
 * @param exactReferences by address, the resource instances each attribute's unknown parts come
 *                        from, when the input says so exactly (HCL, evaluated); a {@link Expression.Leaf}'s
 *                        constant is then the reason of unknown parts that come from no resource;
 *                        a reference {@code var.NAME} (or {@code var.NAME[i]}) is a root variable
 *                        without a value that the part is, unchanged (or an element of it)
 * @param gaps what an evaluated configuration leaves open; {@link ConfigurationGaps#NONE} otherwise
 */
public record TerraformDocument(String file, TerraformFormat format, String terraformVersion,
                                List<ResourceRecord> records, Set<String> moduleInstances,
                                Map<String, Integer> skipped, Configuration configuration,
                                Map<String, Json> variables, Map<String, Origin> origins,
                                Map<String, Expression.Block> exactReferences, ConfigurationGaps gaps) {

    /** A plan or state: origins are the file and the address, references come from {@code configuration}. */
    public TerraformDocument(String file, TerraformFormat format, String terraformVersion, List<ResourceRecord> records,
                             Set<String> moduleInstances, Map<String, Integer> skipped, Configuration configuration,
                             Map<String, Json> variables) {
        this(file, format, terraformVersion, records, moduleInstances, skipped, configuration, variables, Map.of(),
                Map.of(), ConfigurationGaps.NONE);
    }
}
