package org.invar.cloudformation.map;

import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;
import org.invar.schema.AttributeDef;
import org.invar.schema.KindDef;
import org.invar.schema.RelationDef;

/**
 * What a nested stack that was not read may hold. Its template is somewhere invar cannot read
 * (an S3 URL with no local copy, a location known only at deploy), so it may create entities of
 * any kind, and none is known: a rule over a kind would have nothing in scope there and report a
 * silent skip. Instead, for each kind a template can create, one placeholder stands for them: its
 * existence and every field are unknown, with the reason (which stack, and why it was not read),
 * so every rule whose scope is that kind is unknown. The live adapter does the same for a listing
 * that was denied.
 *
 * <p>The id names the stack: {@code LoadBalancer (nested stack, not read)}, under the stack's own
 * prefix when it is nested deeper; it points at the stack's resource and carries its
 * suppressions. Zones and regions are not placeholders (a stack does not create them; the engine
 * derives what is known of zones), nor are derived kinds or ECS tasks (services run those, a
 * template never declares one).
 */
final class UnreadStackPlaceholders {
    private static final Set<String> NOT_DECLARED = Set.of("az", "region", "ecs_task");

    private UnreadStackPlaceholders() {
    }

    static String id(Placed stack) {
        return stack.entityId() + " (nested stack, not read)";
    }

    /** Adds a placeholder of every kind for the stack; {@code reason} says which stack and why. */
    static int add(ModelBuilder builder, Placed stack, String reason) {
        String why = stack.existenceUnknown().map(e -> reason + "; nor is it known to be created: " + e).orElse(reason);
        int added = 0;
        for (KindDef kind : builder.schema().kinds()) {
            if (kind.derived() || NOT_DECLARED.contains(kind.name())) {
                continue;
            }
            EntityBuilder e = builder.entity(kind.name(), id(stack)).origin(stack.origin()).existenceUnknown(why);
            stack.suppress(e);
            for (AttributeDef a : kind.attributes()) {
                if (!a.derived()) {
                    e.unknown(a.name(), why);
                }
            }
            for (RelationDef r : kind.relations()) {
                if (!r.derived()) {
                    e.unknownRelation(r.name(), why);
                }
            }
            added++;
        }
        return added;
    }
}
