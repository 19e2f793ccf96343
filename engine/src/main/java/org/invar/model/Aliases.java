package org.invar.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.schema.KindDef;
import org.invar.schema.RelationDef;
import org.invar.schema.Schema;

/**
 * Puts entities named by an alias ({@link ModelBuilder#alias}) in place of their stand-ins, in one
 * pass over every edge however many aliases there are.
 */
final class Aliases {
    private Aliases() {
    }

    static void resolve(ModelBuilder model, List<Map<String, EntityBuilder>> kinds, Map<String, String> aliases) {
        if (aliases.isEmpty()) {
            return;
        }
        Schema schema = model.schema();
        // Per kind, the stand-ins that an entity of that kind replaces: name -> id.
        List<Map<String, String>> replaced = new java.util.ArrayList<>();
        boolean any = false;
        for (Map<String, EntityBuilder> table : kinds) {
            Map<String, String> here = new HashMap<>();
            aliases.forEach((name, id) -> {
                EntityBuilder standIn = table.get(name);
                EntityBuilder real = table.get(id);
                if (standIn != null && (standIn.isStandIn() || !standIn.declared) && real != null && real.declared) {
                    here.put(name, id);
                }
            });
            replaced.add(here);
            any |= !here.isEmpty();
        }
        if (!any) {
            return;
        }
        for (Map<String, EntityBuilder> table : kinds) {
            for (EntityBuilder e : table.values()) {
                KindDef kind = e.kindDef();
                for (int r = 0; r < kind.relations().size(); r++) {
                    Set<String> targets = e.targetsAt(r);
                    if (targets == null || targets.isEmpty()) {
                        continue;
                    }
                    RelationDef def = kind.relations().get(r);
                    Map<String, String> here = replaced.get(schema.kindIndex(def.target()));
                    if (here.isEmpty()) {
                        continue;
                    }
                    for (String target : List.copyOf(targets)) {
                        String id = here.get(target);
                        if (id != null) {
                            e.removeEdge(def.name(), target);
                            e.addEdge(def.name(), id);
                        }
                    }
                }
            }
        }
        for (int k = 0; k < kinds.size(); k++) {
            Map<String, EntityBuilder> table = kinds.get(k);
            replaced.get(k).forEach((name, id) -> {
                // The stand-in's own edges are now the entity's; its unknowns were what the
                // importing input could not tell, and the entity tells it.
                table.get(id).absorb(table.remove(name));
            });
        }
    }
}
