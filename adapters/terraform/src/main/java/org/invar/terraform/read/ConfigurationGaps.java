package org.invar.terraform.read;

import java.util.List;
import java.util.Map;
import org.invar.model.Origin;

/**
 * What an evaluated configuration leaves open and the model must say rather than leave out: the
 * resource instances that may not exist, the module calls whose code was not read, and the root
 * variables that have no value. A plan or state leaves none of these open ({@link #NONE}).
 *
 * @param mayNotExist    by resource instance address, why it may not exist (its {@code count} or
 *                       {@code for_each}, or its module call's, cannot be evaluated)
 * @param unreadModules  module calls whose code was not read, in the order they were met
 * @param unsetVariables root module variables without a value, by name
 */
public record ConfigurationGaps(Map<String, String> mayNotExist, List<UnreadModule> unreadModules,
                                Map<String, UnsetVariable> unsetVariables) {
    public static final ConfigurationGaps NONE = new ConfigurationGaps(Map.of(), List.of(), Map.of());

    public ConfigurationGaps {
        mayNotExist = Map.copyOf(mayNotExist);
        unreadModules = List.copyOf(unreadModules);
        unsetVariables = Map.copyOf(unsetVariables);
    }

    /**
     * Why something may not exist, given why its module instance may not (outer) and why it may
     * not itself (inner); either may be null.
     */
    public static String mayNotExist(String outer, String inner) {
        return outer == null ? inner : inner == null ? outer : outer + "; and " + inner;
    }

    /**
     * A module call whose code was not read (a registry module before {@code terraform init}, a
     * local directory that is not there).
     *
     * @param address the module call in its calling module instance: {@code module.vpc},
     *                {@code module.app[0].module.vpc}
     * @param reason  why, and how to have it read
     * @param origin  the {@code module} block
     */
    public record UnreadModule(String address, String reason, Origin origin) {
    }

    /**
     * A root module variable without a value.
     *
     * @param name   its name ({@code subnet1_id})
     * @param type   its {@code type} as written, or null
     * @param reason why it is unknown, and how to give it
     * @param origin its {@code variable} block
     */
    public record UnsetVariable(String name, String type, String reason, Origin origin) {
        /** Whether its type makes it a list of values (a list, set or tuple), not one value. */
        public boolean isList() {
            return type != null && (type.startsWith("list") || type.startsWith("set") || type.startsWith("tuple"));
        }

        /** Whether its type does not say whether it is one value or a list ({@code any}, or no type). */
        public boolean isUntyped() {
            return type == null || type.equals("any");
        }
    }
}
