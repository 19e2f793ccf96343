package org.invar.cloudformation.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.TemplateSyntax;
import org.invar.model.Suppression;

/**
 * Reads the rules a resource's owners suppressed for it, from its Metadata:
 *
 * <pre>
 * Service:
 *   Type: AWS::ECS::Service
 *   Metadata:
 *     invar:
 *       suppress:
 *         - rule: ecs-service-covers-its-azs
 *           reason: a batch worker; one task is enough
 * </pre>
 *
 * Rule and reason are plain strings (no intrinsic functions); a suppression without a reason, or
 * of any other shape, is an error at its position: a suppression must say why.
 */
final class SuppressionMetadata {
    private static final String SHAPE = "Metadata: {invar: {suppress: [{rule: ID, reason: TEXT}]}}";

    private SuppressionMetadata() {
    }

    static List<Suppression> read(String file, String resource, Node.Mapping resourceNode) {
        Optional<Node> metadata = resourceNode.get("Metadata");
        if (metadata.isEmpty() || !(metadata.get() instanceof Node.Mapping m)) {
            return List.of();
        }
        Optional<Node> invar = m.get("invar");
        if (invar.isEmpty()) {
            return List.of();
        }
        if (!(invar.get() instanceof Node.Mapping invarMapping)) {
            throw TemplateSyntax.error(file, invar.get().pos(), "the invar metadata of resource " + resource
                    + " must be a mapping: " + SHAPE);
        }
        for (Node.Entry e : invarMapping.entries().values()) {
            if (!e.key().equals("suppress")) {
                throw TemplateSyntax.error(file, e.keyPos(), "unknown key '" + e.key() + "' in the invar metadata of "
                        + "resource " + resource + "; expected suppress: " + SHAPE);
            }
        }
        Node suppress = invarMapping.get("suppress").orElse(null);
        if (suppress == null || suppress instanceof Node.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(suppress instanceof Node.Sequence items)) {
            throw TemplateSyntax.error(file, suppress.pos(), "invar suppress of resource " + resource
                    + " must be a list: " + SHAPE);
        }
        List<Suppression> suppressions = new ArrayList<>();
        for (Node item : items.items()) {
            suppressions.add(suppression(file, resource, item));
        }
        return suppressions;
    }

    private static Suppression suppression(String file, String resource, Node item) {
        if (!(item instanceof Node.Mapping m)) {
            throw TemplateSyntax.error(file, item.pos(), "a suppression of resource " + resource
                    + " must be a mapping {rule: ID, reason: TEXT}");
        }
        for (Node.Entry e : m.entries().values()) {
            if (!e.key().equals("rule") && !e.key().equals("reason")) {
                throw TemplateSyntax.error(file, e.keyPos(), "unknown key '" + e.key() + "' in a suppression of resource "
                        + resource + "; expected rule and reason");
            }
        }
        String rule = text(file, resource, m, "rule").orElseThrow(() -> TemplateSyntax.error(file, m.pos(),
                "a suppression of resource " + resource + " names no rule: add rule: RULE-ID"));
        if (rule.isBlank()) {
            throw TemplateSyntax.error(file, m.get("rule").orElseThrow().pos(), "a suppression of resource " + resource
                    + " names no rule: add rule: RULE-ID");
        }
        String reason = text(file, resource, m, "reason").filter(r -> !r.isBlank()).orElseThrow(() -> TemplateSyntax.error(file,
                m.get("reason").map(Node::pos).orElse(m.pos()), "the suppression of rule " + rule + " on resource "
                        + resource + " has no reason: a reason is required (reason: why the rule does not apply here)"));
        return new Suppression(rule, reason);
    }

    /** A plain string value; a mapping or list (an intrinsic function, say) is an error. */
    private static Optional<String> text(String file, String resource, Node.Mapping m, String key) {
        Optional<Node> n = m.get(key);
        if (n.isEmpty() || n.get() instanceof Node.Scalar s && s.isNull()) {
            return Optional.empty();
        }
        if (!(n.get() instanceof Node.Scalar s)) {
            throw TemplateSyntax.error(file, n.get().pos(), "the " + key + " of a suppression of resource " + resource
                    + " must be plain text, not a function or a list");
        }
        return Optional.of(s.text());
    }
}
