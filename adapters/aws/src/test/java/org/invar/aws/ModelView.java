package org.invar.aws;

import java.util.ArrayList;
import java.util.List;
import org.invar.model.EntityTable;
import org.invar.model.Model;
import org.invar.model.Relation;
import org.invar.model.Value;

/** Reads a built model back as plain values, for assertions. */
final class ModelView {
    private final Model model;

    ModelView(Model model) {
        this.model = model;
    }

    boolean has(String kind, String id) {
        return model.table(kind).find(id).isPresent();
    }

    List<String> ids(String kind) {
        return model.table(kind).ids();
    }

    private int index(String kind, String id) {
        EntityTable t = model.table(kind);
        return t.find(id).orElseThrow(() -> new AssertionError("no " + kind + " " + id + " in " + t.ids()));
    }

    /** Long, Boolean, String, "unknown: reason", or null when absent. */
    Object attr(String kind, String id, String attribute) {
        Value v = model.table(kind).column(attribute).value(index(kind, id));
        if (v == null) {
            return null;
        }
        if (v instanceof Value.Int i) {
            return i.value();
        }
        if (v instanceof Value.Bool b) {
            return b.value();
        }
        if (v instanceof Value.Unknown u) {
            return "unknown: " + u.reason();
        }
        return v.display();
    }

    List<String> related(String kind, String id, String relation) {
        EntityTable t = model.table(kind);
        int i = index(kind, id);
        Relation r = t.relation(relation);
        EntityTable target = model.table(r.targetKind());
        List<String> ids = new ArrayList<>();
        for (int s = r.start(i); s < r.end(i); s++) {
            ids.add(target.id(r.target(s)));
        }
        return ids;
    }

    /** Why the relation is not known, or null. */
    String unknownRelation(String kind, String id, String relation) {
        return model.table(kind).relation(relation).unknownReason(index(kind, id));
    }

    /** Why the entity may not exist, or null when it does. */
    String existenceUnknown(String kind, String id) {
        return model.table(kind).existenceUnknown(index(kind, id));
    }

    String origin(String kind, String id) {
        return model.table(kind).origin(index(kind, id)).display();
    }
}
