package org.invar.cloudformation.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.TemplateSyntax;
import org.invar.model.Suggestions;

/**
 * Refuses the {@code DependsOn} lists CloudFormation refuses: a name that is no resource of the
 * template and a resource that depends on itself. Checked for every resource, mapped by invar or
 * not, because CloudFormation would stop the deploy there. Circles through several resources are
 * {@link DependencyCycles}'s, since references make them as well.
 *
 * <p>A template with unexpanded {@code Fn::ForEach} loops or a {@code Transform} gets resources
 * at deploy time that are not written in it, so there a name that is not found is not an error.
 */
final class DependsOnCheck {
    private DependsOnCheck() {
    }

    /** The names a resource's {@code DependsOn} gives, each a resource of the template, at its position. */
    static List<Node.Scalar> targets(String file, String resource, Node dependsOn, Set<String> names,
                                     boolean mayBeGenerated) {
        List<Node> items = dependsOn instanceof Node.Sequence s ? s.items() : List.of(dependsOn);
        List<Node.Scalar> out = new ArrayList<>(items.size());
        for (Node item : items) {
            if (!(item instanceof Node.Scalar s) || s.isNull()) {
                throw TemplateSyntax.error(file, item.pos(), "the DependsOn of resource " + resource
                        + " must be a resource's logical id or a list of them");
            }
            String target = s.text();
            if (target.equals(resource)) {
                throw TemplateSyntax.error(file, s.pos(), "resource " + resource
                        + " depends on itself; remove it from its DependsOn");
            }
            if (!names.contains(target)) {
                if (mayBeGenerated) {
                    continue;
                }
                throw TemplateSyntax.error(file, s.pos(), "DependsOn of resource " + resource + " names " + target
                        + ", which is no resource of this template" + Suggestions.didYouMean(target, names));
            }
            out.add(s);
        }
        return out;
    }
}
