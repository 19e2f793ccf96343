package org.invar.cloudformation.map;

import org.invar.cloudformation.resolve.Val;
import org.invar.model.EntityBuilder;

/**
 * The target groups a listener's or rule's actions forward to: {@code TargetGroupArn} of a
 * forward action, and every {@code ForwardConfig.TargetGroups[].TargetGroupArn}. Redirects,
 * fixed responses and authentication forward nowhere.
 */
final class ForwardActions {
    private ForwardActions() {
    }

    /**
     * Adds the target groups to {@code listener.target_group}; when the actions may not exist
     * ({@code existence} is the reason), the relation is marked unknown instead.
     */
    static void relate(MappingContext ctx, EntityBuilder listener, Val actions, String existence) {
        String why = Values.unknownReason(actions);
        if (why != null) {
            listener.unknownRelation("target_group", why);
            return;
        }
        for (Val action : Values.items(actions)) {
            Val type = Values.at(action, "Type");
            String typeText = Values.text(type);
            if (typeText == null && !Values.absent(type)) {
                listener.unknownRelation("target_group", "an action's type is not known: " + Values.unknownReason(type));
                continue;
            }
            if (!"forward".equals(typeText)) {
                continue;
            }
            forward(ctx, listener, Values.at(action, "TargetGroupArn"), existence);
            Val groups = Values.at(action, "ForwardConfig", "TargetGroups");
            String groupsWhy = Values.unknownReason(groups);
            if (groupsWhy != null) {
                listener.unknownRelation("target_group", groupsWhy);
            }
            for (Val group : Values.items(groups)) {
                forward(ctx, listener, Values.at(group, "TargetGroupArn"), existence);
            }
        }
    }

    private static void forward(MappingContext ctx, EntityBuilder listener, Val arn, String existence) {
        if (Values.absent(arn)) {
            return;
        }
        if (existence != null) {
            listener.unknownRelation("target_group", "a listener rule that forwards here may not exist: " + existence);
            return;
        }
        ctx.links.relate(listener, "target_group", arn);
    }
}
