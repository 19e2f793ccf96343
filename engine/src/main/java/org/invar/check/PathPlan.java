package org.invar.check;

import java.util.List;
import org.invar.model.Value;

/**
 * A path resolved against the schema. It starts at a frame (the entity of the current
 * quantifier, or of an enclosing one named with {@code as}) or is a param's value; it then steps
 * through relations and may end at an attribute.
 *
 * @param startSlot frame the path starts from, or -1 for a param
 * @param startKind kind of the entity in that frame
 * @param steps relations followed, in order
 * @param attributeIndex index of the final attribute in the last kind, or -1 when the path ends at entities
 * @param param the param's value when the path names a param
 * @param type the static type of the whole path
 */
public record PathPlan(int startSlot, int startKind, List<Step> steps, int attributeIndex, Value param, Type type) {

    /** One relation followed: from a kind, by the relation's index there, to the target kind. */
    public record Step(int fromKind, int relationIndex, int toKind, boolean many, String name) {
    }

    public PathPlan {
        steps = List.copyOf(steps);
    }

    public boolean isParam() {
        return startSlot < 0;
    }

    /** The kind the path ends in (the owner of the final attribute, or the entities reached). */
    public int endKind() {
        return steps.isEmpty() ? startKind : steps.get(steps.size() - 1).toKind();
    }

    public boolean endsAtAttribute() {
        return attributeIndex >= 0;
    }

    /** Whether some step goes through a to-many relation, so the path yields a collection. */
    public boolean many() {
        return steps.stream().anyMatch(Step::many);
    }
}
