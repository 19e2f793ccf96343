package org.invar.terraform.read;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.terraform.config.Configuration;
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
 * @param variables the plan's root variable values (strings and lists of strings)
 */
public record TerraformDocument(String file, TerraformFormat format, String terraformVersion,
                                List<ResourceRecord> records, Set<String> moduleInstances,
                                Map<String, Integer> skipped, Configuration configuration,
                                Map<String, Json> variables) {
}
