package org.invar.terraform.config;

import java.util.Map;
import java.util.Optional;

/**
 * The {@code configuration} of a plan, by module path ("" for the root module,
 * {@code module.net}, {@code module.net.module.subnets}, ...).
 */
public record Configuration(Map<String, ModuleConfig> modules) {
    public static final Configuration NONE = new Configuration(Map.of());

    public Configuration {
        modules = Map.copyOf(modules);
    }

    public Optional<ModuleConfig> module(String path) {
        return Optional.ofNullable(modules.get(path));
    }

    /** The configuration of a resource, by module path and local address. */
    public Optional<ResourceConfig> resource(String modulePath, String local) {
        return module(modulePath).map(m -> m.resources().get(local));
    }
}
