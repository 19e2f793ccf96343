package org.invar.cloudformation.map;

import java.util.LinkedHashMap;
import java.util.Map;
import org.invar.cloudformation.resolve.Symbol;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;
import org.invar.model.Origin;
import org.invar.schema.AttributeDef;
import org.invar.schema.KindDef;
import org.invar.schema.RelationDef;

/**
 * Entities the template refers to but does not create: a subnet from a parameter without a
 * value, an imported listener, a cluster named by a literal. They are in the model, so links
 * to them are kept, and what the template cannot tell about them is unknown, with the reason.
 *
 * <p>Unknowns are set once every resource is mapped ({@link #finish()}): a to-one relation the
 * template did set (an association gives an outside subnet its route table) is then known; every
 * other attribute and relation is unknown. The id attribute of an entity named by a literal id
 * ({@code subnet-0abc}) is that id.
 */
final class Externals {
    /** How the ids of imported entities start: {@code import:<export name>}. */
    static final String IMPORT = "import:";
    /** How the ids of other stacks' outputs start: {@code stack-output:<stack>/<output>}. */
    static final String STACK_OUTPUT = "stack-output:";

    private final ModelBuilder builder;
    private final String file;
    private final Map<String, String> reasons = new LinkedHashMap<>();

    /** @param file the template loaded, for notes */
    Externals(ModelBuilder builder, String file) {
        this.builder = builder;
        this.file = file;
    }

    /**
     * Declares the entity unless the model has it already; returns its id. An import is expected
     * to be another input's export, so that merged inputs note one that none exports.
     */
    String declare(String kind, String id, String reason, boolean literalId) {
        return declare(kind, id, reason, literalId, Origin.NONE);
    }

    /** Declares the entity a parameter or an import stands for, pointing where it is declared. */
    String declare(String kind, Symbol.External outside) {
        return declare(kind, outside.entityId(), outside.reason(), false, outside.origin());
    }

    private String declare(String kind, String id, String reason, boolean literalId, Origin origin) {
        String key = kind + "\u0000" + id;
        if (builder.find(kind, id).isEmpty()) {
            EntityBuilder e = builder.entity(kind, id).standIn().origin(origin);
            if (literalId && e.kindDef().attribute("id").isPresent()) {
                e.set("id", id);
            }
            reasons.put(key, reason);
            if (id.startsWith(IMPORT)) {
                builder.expectAlias(kind, id, file + ": Fn::ImportValue " + id.substring(IMPORT.length())
                        + " is no " + kind + " that a merged input exports: it stays a stand-in, and what depends"
                        + " on it is unknown");
            }
        }
        return id;
    }

    int size() {
        return reasons.size();
    }

    void finish() {
        for (Map.Entry<String, String> r : reasons.entrySet()) {
            String[] kindAndId = r.getKey().split("\u0000", 2);
            EntityBuilder e = builder.find(kindAndId[0], kindAndId[1]).orElseThrow();
            KindDef kind = e.kindDef();
            for (AttributeDef a : kind.attributes()) {
                if (!a.derived() && e.attribute(a.name()).isEmpty()) {
                    e.unknown(a.name(), r.getValue());
                }
            }
            for (RelationDef rel : kind.relations()) {
                if (!rel.derived() && (rel.many() || e.related(rel.name()).isEmpty())
                        && e.unknownRelation(rel.name()).isEmpty()) {
                    e.unknownRelation(rel.name(), r.getValue());
                }
            }
        }
    }
}
