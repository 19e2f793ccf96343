package org.invar.cloudformation.map;

import java.util.Optional;
import org.invar.cloudformation.read.Pos;
import org.invar.cloudformation.resolve.StackScope;
import org.invar.cloudformation.resolve.Truth;
import org.invar.cloudformation.resolve.Val;
import org.invar.cloudformation.template.Resource;
import org.invar.model.EntityBuilder;
import org.invar.model.Origin;

/**
 * A resource that is (or may be) created: its stack, its model id, whether it exists (true, or
 * unknown with the reason), and its properties resolved on demand.
 */
record Placed(StackScope scope, Resource resource, String entityId, Truth existence) {

    Val prop(String name) {
        return scope.property(resource, name);
    }

    String type() {
        return resource.type();
    }

    Optional<String> existenceUnknown() {
        return existence.isKnown() ? Optional.empty() : Optional.of(existence.reason());
    }

    /** Gives an entity mapped from this resource the rules the resource's Metadata suppresses. */
    void suppress(EntityBuilder e) {
        resource.suppressions().forEach(s -> e.suppress(s.rule(), s.reason()));
    }

    Origin origin() {
        Pos pos = resource.pos();
        return Origin.at(scope.file(), pos.line(), pos.column()).withResource(entityId);
    }
}
