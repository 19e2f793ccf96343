package org.invar.cloudformation.template;

import java.util.List;
import java.util.Optional;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;
import org.invar.model.Suppression;

/**
 * A resource of a template: logical id, type, properties (an empty mapping when it has none), and
 * the name of the condition it is created under, if any. {@code pos} is where its logical id is
 * written, which is where messages and origins point. {@code suppressions} are the rules its
 * owners chose not to apply to it ({@code Metadata: {invar: {suppress: [{rule, reason}]}}}).
 */
public record Resource(String logicalId, String type, Node.Mapping properties, Optional<String> condition,
                       Pos conditionPos, Pos pos, List<Suppression> suppressions) {

    public Resource {
        suppressions = List.copyOf(suppressions);
    }

    public Optional<Node> property(String name) {
        return properties.get(name);
    }
}
