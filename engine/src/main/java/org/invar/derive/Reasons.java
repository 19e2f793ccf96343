package org.invar.derive;

import java.util.TreeSet;
import org.invar.model.EntityBuilder;
import org.invar.model.Value;

/**
 * The words of the reasons derived unknowns carry. A reason names the entity and the cause, in
 * the form {@code ecs_service metadata: desired_count is unknown (parameter ServiceCount has no
 * value)}, so a report shows where to look, not only that something was unknown.
 */
final class Reasons {
    private Reasons() {
    }

    /** {@code kind id}, as entities are named in reports. */
    static String name(EntityBuilder e) {
        return e.kind() + " " + e.id();
    }

    /** {@code kind id: field is unknown (reason)}. */
    static String unknown(EntityBuilder e, String field, String reason) {
        return name(e) + ": " + field + " is unknown (" + reason + ")";
    }

    /** {@code kind id has no field in the model}. */
    static String missing(EntityBuilder e, String field) {
        return name(e) + " has no " + field + " in the model";
    }

    /** {@code kind id may not exist (reason)}, for an entity whose existence is unknown. */
    static String mayNotExist(EntityBuilder e, String reason) {
        return name(e) + " may not exist (" + reason + ")";
    }

    /**
     * The reasons something is unknown, collected in any order and reported the same way
     * whatever the order: the first in sorted order, and how many more there are.
     */
    static final class Causes {
        private final TreeSet<String> reasons = new TreeSet<>();

        void add(String reason) {
            if (reason != null) {
                reasons.add(reason);
            }
        }

        void addAll(Causes other) {
            reasons.addAll(other.reasons);
        }

        boolean isEmpty() {
            return reasons.isEmpty();
        }

        /** One reason, with a count of the others; null when there is none. */
        String reason() {
            if (reasons.isEmpty()) {
                return null;
            }
            int more = reasons.size() - 1;
            return more == 0 ? reasons.first() : reasons.first() + "; and " + more + " more";
        }

        Value unknown() {
            return Value.unknown(reason());
        }
    }
}
