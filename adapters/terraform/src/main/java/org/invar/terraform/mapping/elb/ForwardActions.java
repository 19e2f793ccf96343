package org.invar.terraform.mapping.elb;

import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;

/**
 * The target groups a listener's {@code default_action} or a listener rule's {@code action}
 * forwards to: {@code target_group_arn} of a {@code forward} action, and the target groups of
 * its {@code forward} block (weighted forwarding). Redirects, fixed responses and
 * authentication steps forward to nothing.
 */
final class ForwardActions {
    private ForwardActions() {
    }

    /** Relates the listener to the target groups of the actions at {@code block}. */
    static void link(MappingContext ctx, Resource r, EntityBuilder listener, String block) {
        if (r.unknownWhole(block)) {
            listener.unknownRelation("target_group", "the actions of " + r.address() + " are "
                    + r.whyUnknown(block));
            return;
        }
        for (int i = 0; i < r.count(block); i++) {
            String type = r.value(block, i, "type").string().orElse("forward");
            if (!type.equals("forward") && !r.unknown(block, i, "type")) {
                continue;
            }
            if (!r.strings(block, i, "target_group_arn").isEmpty() || r.unknown(block, i, "target_group_arn")) {
                ctx.link(listener, "target_group", r, block, i, "target_group_arn");
            }
            for (int f = 0; f < r.count(block, i, "forward"); f++) {
                for (int t = 0; t < r.count(block, i, "forward", f, "target_group"); t++) {
                    ctx.link(listener, "target_group", r, block, i, "forward", f, "target_group", t, "arn");
                }
            }
        }
    }
}
