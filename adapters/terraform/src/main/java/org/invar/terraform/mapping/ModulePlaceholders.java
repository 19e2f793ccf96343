package org.invar.terraform.mapping;

import java.util.List;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;
import org.invar.schema.AttributeDef;
import org.invar.schema.KindDef;
import org.invar.schema.RelationDef;
import org.invar.terraform.read.ConfigurationGaps;

/**
 * What a module that was not read may make. Its code is not there (a registry module before
 * {@code terraform init}, a local directory that is missing), so it may make entities of any kind
 * the mappings make, and none is known: a rule over such a kind would have nothing of it in scope
 * and be skipped, though the module may hold what fails it. Instead, for each of those kinds, one
 * placeholder stands for what the module may make: its id is the module call's address and
 * {@code (not read)} ({@code module.vpc (not read)}), its existence and every field are unknown
 * with the reason, and its origin is the {@code module} block. Rules over the kind are then
 * unknown there, with that reason.
 *
 * <p>Zones and regions have none: the module's resources are in zones of the region, which exist
 * whatever it makes. Derived kinds are the engine's.
 */
public final class ModulePlaceholders {
    private ModulePlaceholders() {
    }

    /** The id of the placeholders of a module call ({@code module.vpc}). */
    public static String id(String moduleAddress) {
        return moduleAddress + " (not read)";
    }

    static void declare(ModelBuilder builder, List<ConfigurationGaps.UnreadModule> modules, Mappers mappers) {
        Set<String> made = mappers.entityKinds();
        for (ConfigurationGaps.UnreadModule module : modules) {
            for (KindDef kind : builder.schema().kinds()) {
                if (kind.derived() || kind.name().equals("az") || kind.name().equals("region")
                        || !made.contains(kind.name())) {
                    continue;
                }
                EntityBuilder e = builder.entity(kind.name(), id(module.address())).origin(module.origin())
                        .existenceUnknown(module.reason());
                for (AttributeDef a : kind.attributes()) {
                    if (!a.derived()) {
                        e.unknown(a.name(), module.reason());
                    }
                }
                for (RelationDef r : kind.relations()) {
                    if (!r.derived()) {
                        e.unknownRelation(r.name(), module.reason());
                    }
                }
            }
        }
    }
}
