package org.invar.terraform.config;

import java.util.Map;
import org.invar.terraform.json.Json;

/**
 * One module's configuration in a plan: its resources, the modules it calls, its outputs, and
 * its variables' defaults.
 *
 * @param path the module path without instance keys: "" for the root, {@code module.net}, ...
 */
public record ModuleConfig(String path, Map<String, ResourceConfig> resources, Map<String, ModuleCall> calls,
                           Map<String, Output> outputs, Map<String, Json> defaults) {
}
