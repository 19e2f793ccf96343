package org.invar.cloudformation.resolve;

import java.util.List;
import java.util.Optional;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.Pos;
import org.invar.cloudformation.read.TemplateSyntax;
import org.invar.cloudformation.template.Resource;
import org.invar.model.Suggestions;

/**
 * {@code Fn::GetAtt}, as {@code A.B} or {@code [A, B]}: a nested stack's output
 * ({@code Child.Outputs.X}), an attribute that is the resource itself or one of its properties
 * (see {@link ResourceAttributes}), or an attribute only known once deployed.
 */
final class GetAttFunction implements Intrinsic {
    static final java.util.Set<String> NESTED_STACK_TYPES = java.util.Set.of("AWS::CloudFormation::Stack",
            "AWS::Serverless::Application");

    @Override
    public Val apply(Resolver r, Node arg, Pos pos) {
        String logicalId;
        String attribute;
        if (arg instanceof Node.Scalar s && !s.isNull()) {
            int dot = s.text().indexOf('.');
            if (dot <= 0 || dot == s.text().length() - 1) {
                throw r.error(arg.pos(), "Fn::GetAtt takes Resource.Attribute, not '" + s.text() + "'");
            }
            logicalId = s.text().substring(0, dot);
            attribute = s.text().substring(dot + 1);
        } else {
            List<Node> args = Args.list(r.scope(), arg, "Fn::GetAtt", 2, 2);
            logicalId = Args.name(r.scope(), args.get(0), "Fn::GetAtt");
            Val a = r.resolve(args.get(1));
            if (!(a instanceof Val.Str str) || str.literal().isEmpty()) {
                return Val.unknown("the attribute name of Fn::GetAtt " + logicalId + " is not known");
            }
            attribute = str.literal().get();
        }
        return getAtt(r, logicalId, attribute, arg.pos());
    }

    static Val getAtt(Resolver r, String logicalId, String attribute, Pos pos) {
        StackScope scope = r.scope();
        Resource resource = scope.template().resources().get(logicalId);
        if (resource == null) {
            throw r.error(pos, "Fn::GetAtt names " + logicalId + ", which is not a resource of this template"
                    + Suggestions.didYouMean(logicalId, scope.template().resources().keySet()));
        }
        String entity = scope.entityId(logicalId);
        if (NESTED_STACK_TYPES.contains(resource.type()) && attribute.startsWith("Outputs.")) {
            return output(scope, resource, attribute.substring("Outputs.".length()), pos);
        }
        Optional<String> known = ResourceAttributes.of(resource.type(), attribute);
        if (known.isPresent()) {
            if (known.get().equals(ResourceAttributes.IDENTITY)) {
                return Val.symbol(new Symbol.ResourceRef(entity, resource.type()));
            }
            Val v = scope.property(resource, known.get());
            if (v != Val.NoValue.INSTANCE) {
                return v;
            }
        }
        return Val.symbol(new Symbol.ResourceAttr(entity, resource.type(), attribute));
    }

    private static Val output(StackScope scope, Resource stack, String output, Pos pos) {
        Optional<StackScope> child = scope.guard().within(scope.entityId(stack.logicalId()) + " (nested stack)",
                scope.file(), pos, () -> scope.children().child(scope, stack));
        if (child.isEmpty()) {
            return Val.unknown("output " + output + " of nested stack " + scope.entityId(stack.logicalId())
                    + " is not known: its template is not a local file");
        }
        StackScope c = child.get();
        if (!c.template().outputs().containsKey(output)) {
            throw TemplateSyntax.error(scope.file(), pos, "nested stack " + stack.logicalId() + " (" + c.file()
                    + ") has no output " + output + Suggestions.didYouMean(output, c.template().outputs().keySet()));
        }
        return c.output(output);
    }
}
