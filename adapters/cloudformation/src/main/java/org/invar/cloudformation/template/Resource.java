package org.invar.cloudformation.template;

import java.util.Optional;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;

/**
 * A resource of a template: logical id, type, properties (an empty mapping when it has none), and
 * the name of the condition it is created under, if any. {@code pos} is where its logical id is
 * written, which is where messages and origins point.
 */
public record Resource(String logicalId, String type, Node.Mapping properties, Optional<String> condition,
                       Pos conditionPos, Pos pos) {

    public Optional<Node> property(String name) {
        return properties.get(name);
    }
}
