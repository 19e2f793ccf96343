package org.invar.terraform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@code terraform init} leaves in a root module's directory for its registry modules, laid
 * out by hand: each module's code copied to {@code .terraform/modules/KEY} and listed in
 * {@code .terraform/modules/modules.json} with the registry address it was installed for.
 */
final class SimulatedInit {
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> versions = new LinkedHashMap<>();
    private final Map<String, Path> code = new LinkedHashMap<>();
    private final Map<String, String> subdirs = new LinkedHashMap<>();

    /**
     * A module call key ({@code vpc}, {@code app.vpc}) installed from a registry address at a version,
     * with this code. With the version recorded, {@code terraform init} reuses the module as it is.
     */
    SimulatedInit module(String key, String registryAddress, String version, Path dir) {
        sources.put(key, "registry.terraform.io/" + registryAddress);
        versions.put(key, version);
        code.put(key, dir);
        return this;
    }

    /**
     * A module call whose source has a subdirectory ({@code outerbounds/metaflow/aws//modules/common}):
     * Terraform installs the whole package and points at the subdirectory inside it.
     */
    SimulatedInit module(String key, String registryAddress, String version, Path dir, String subdir) {
        module(key, registryAddress, version, dir);
        subdirs.put(key, subdir);
        return this;
    }

    /** Lays the modules out in a root module's directory. */
    Path into(Path root) {
        try {
            for (Map.Entry<String, Path> e : code.entrySet()) {
                Configs.copy(e.getValue(), root.resolve(".terraform/modules/" + e.getKey()));
            }
            String entries = sources.entrySet().stream()
                    .map(e -> "    {\"Key\": \"" + e.getKey() + "\", \"Source\": \"" + e.getValue()
                            + "\", \"Version\": \"" + versions.get(e.getKey())
                            + "\", \"Dir\": \".terraform/modules/" + e.getKey()
                            + (subdirs.containsKey(e.getKey()) ? "/" + subdirs.get(e.getKey()) : "") + "\"}")
                    .collect(Collectors.joining(",\n", "", "\n"));
            Files.writeString(root.resolve(".terraform/modules/modules.json"), "{\"Modules\": [\n"
                    + "    {\"Key\": \"\", \"Source\": \"\", \"Dir\": \".\"},\n" + entries + "]}\n");
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
