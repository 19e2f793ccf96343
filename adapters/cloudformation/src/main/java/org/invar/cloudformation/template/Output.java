package org.invar.cloudformation.template;

import java.util.Optional;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;

/**
 * An output of a template; a parent stack reads it with {@code !GetAtt Child.Outputs.Name}, and
 * another stack with {@code !ImportValue} of its {@code Export: {Name: ...}}, when it has one.
 */
public record Output(String name, Node value, Optional<String> condition, Pos pos, Optional<Node> exportName) {
}
