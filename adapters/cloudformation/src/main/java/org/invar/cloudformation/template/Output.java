package org.invar.cloudformation.template;

import java.util.Optional;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;

/** An output of a template; a parent stack reads it with {@code !GetAtt Child.Outputs.Name}. */
public record Output(String name, Node value, Optional<String> condition, Pos pos) {
}
