package org.invar.cloudformation.resolve;

import java.util.Optional;
import org.invar.cloudformation.template.Resource;

/**
 * Loads the stack a nested-stack resource ({@code AWS::CloudFormation::Stack},
 * {@code AWS::Serverless::Application}) stands for, so {@code !GetAtt Child.Outputs.X} can be
 * resolved; implemented by the nested-stack loader.
 */
public interface ChildStacks {
    ChildStacks NONE = (parent, resource) -> Optional.empty();

    /** The child's scope, or empty when its template is not a local file. */
    Optional<StackScope> child(StackScope parent, Resource resource);
}
