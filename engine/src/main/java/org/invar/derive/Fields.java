package org.invar.derive;

import org.invar.schema.KindDef;
import org.invar.schema.Schema;

/**
 * Whether a schema holds the kinds and fields a derivation reads and writes. A derivation whose
 * fields are not all there (a custom schema without load balancers, say) is skipped rather than
 * failing the build.
 */
final class Fields {
    private Fields() {
    }

    /**
     * Whether every name is in the schema: {@code "kind"} for a kind, {@code "kind.field"} for an
     * attribute or a relation of it.
     */
    static boolean present(Schema schema, String... names) {
        for (String name : names) {
            int dot = name.indexOf('.');
            String kind = dot < 0 ? name : name.substring(0, dot);
            KindDef def = schema.kind(kind).orElse(null);
            if (def == null) {
                return false;
            }
            if (dot >= 0) {
                String field = name.substring(dot + 1);
                if (def.attribute(field).isEmpty() && def.relation(field).isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }
}
