package org.invar.derive;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.invar.model.EntityTable;
import org.invar.model.Model;
import org.invar.model.Relation;
import org.invar.model.Value;

/** Reading derived facts back through the frozen model, as the evaluator does. */
final class Reads {
    private Reads() {
    }

    static int index(Model model, String kind, String id) {
        return model.table(kind).find(id).orElseThrow(() -> new AssertionError(kind + " " + id + " is not in the model"));
    }

    static boolean exists(Model model, String kind, String id) {
        return model.table(kind).find(id).isPresent();
    }

    /** The attribute's value; null when absent. */
    static Value value(Model model, String kind, String id, String attribute) {
        EntityTable t = model.table(kind);
        return t.column(attribute).value(index(model, kind, id));
    }

    static long intValue(Model model, String kind, String id, String attribute) {
        Value v = value(model, kind, id, attribute);
        if (v instanceof Value.Int i) {
            return i.value();
        }
        return fail(kind + " " + id + "." + attribute + " is " + (v == null ? "absent" : v) + ", not an int");
    }

    /** The unknown's reason; fails when the value is not unknown. */
    static String unknownReason(Model model, String kind, String id, String attribute) {
        Value v = value(model, kind, id, attribute);
        if (v instanceof Value.Unknown u) {
            return u.reason();
        }
        return fail(kind + " " + id + "." + attribute + " is " + v + ", not unknown");
    }

    static void assertUnknownMentioning(Model model, String kind, String id, String attribute, String... words) {
        String reason = unknownReason(model, kind, id, attribute);
        for (String word : words) {
            assertTrue(reason.contains(word), "reason '" + reason + "' should mention '" + word + "'");
        }
    }

    /** The ids a relation leads to, in storage order. */
    static List<String> related(Model model, String kind, String id, String relation) {
        Relation r = model.table(kind).relation(relation);
        EntityTable target = model.table(r.targetKind());
        int i = index(model, kind, id);
        List<String> out = new ArrayList<>();
        for (int s = r.start(i); s < r.end(i); s++) {
            out.add(target.id(r.target(s)));
        }
        return out;
    }

    /** Why the relation is unknown for the entity, or null. */
    static String relationUnknown(Model model, String kind, String id, String relation) {
        return model.table(kind).relation(relation).unknownReason(index(model, kind, id));
    }
}
