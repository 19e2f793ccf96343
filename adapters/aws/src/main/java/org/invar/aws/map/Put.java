package org.invar.aws.map;

import java.util.Collection;
import org.invar.model.EntityBuilder;

/** Sets what the SDK gave, skipping what it left out (its getters return null for absent fields). */
final class Put {
    private Put() {
    }

    static void str(EntityBuilder e, String attribute, String value) {
        if (value != null) {
            e.set(attribute, value);
        }
    }

    static void num(EntityBuilder e, String attribute, Integer value) {
        if (value != null) {
            e.set(attribute, (long) value);
        }
    }

    static void bool(EntityBuilder e, String attribute, Boolean value) {
        if (value != null) {
            e.set(attribute, (boolean) value);
        }
    }

    static void relate(EntityBuilder e, String relation, String id) {
        if (id != null && !id.isEmpty()) {
            e.relate(relation, id);
        }
    }

    static void relateAll(EntityBuilder e, String relation, Collection<String> ids) {
        if (ids != null) {
            ids.forEach(id -> relate(e, relation, id));
        }
    }
}
